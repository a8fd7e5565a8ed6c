import { expect, test } from '@playwright/test';

import { watchCsp } from '../support/csp-violations.ts';
import { onePageOfEachType } from '../support/site-pages.ts';
import { openSearch, search, searchResults } from '../support/search.ts';

// The content security policy, as the browser enforces it: nothing on any kind of page, nor
// anything a reader does there, is blocked. The policy itself is checked against the built
// HTML in tests/site/csp.test.ts.

test.describe('The content security policy blocks nothing the site does', () => {
	test('on one page of each type, as it loads', async ({ page }) => {
		const pages = onePageOfEachType();
		test.setTimeout(pages.length * 5_000);
		const violations = await watchCsp(page);

		for (const { path, template } of pages) {
			await page.goto(path, { waitUntil: 'networkidle' });
			expect.soft(await violations(), `${path} (${template})`).toEqual([]);
		}
	});

	test('while searching', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('/');

		await openSearch(page);
		await search(page, 'CPQ');
		await expect(searchResults(page).filter({ hasText: 'CPQ Implementation' })).toBeVisible();
		expect(await violations()).toEqual([]);
	});

	test('while switching the theme', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto('/matrices/');

		for (const theme of ['dark', 'light', 'auto']) {
			await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
		}
		await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
		expect(await violations()).toEqual([]);
	});

	test('while copying a row link', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const violations = await watchCsp(page);
		await page.goto('/matrices/sales/');

		await page.getByRole('link', { name: 'Copy link to Qualification' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await violations()).toEqual([]);
	});

	test('while using the tools', async ({ page }) => {
		const violations = await watchCsp(page);

		// The finder answers from figures in its address, as a shared link gives them.
		await page.goto('/tools/stage-finder/?arr=%241.5M&headcount=45');
		await expect(page.getByText('You are at the Stabilize stage.')).toBeVisible();
		expect.soft(await violations(), 'stage finder').toEqual([]);

		await page.goto('/tools/benchmark-check/');
		await page.getByLabel('NRR', { exact: false }).first().fill('120%');
		await page.getByRole('button', { name: 'Check our figures' }).click();
		await expect(page.locator('[data-benchmark-result]')).not.toBeEmpty();
		expect.soft(await violations(), 'benchmark check').toEqual([]);
	});

	test('with the menu open on a narrow screen', async ({ page }) => {
		const violations = await watchCsp(page);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/stages/');

		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		expect(await violations()).toEqual([]);
	});
});

test('the CSP watch catches an inline script the policy does not allow', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.route('**/planted-csp-fault/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body:
				'<!DOCTYPE html><html><head>' +
				`<meta http-equiv="content-security-policy" content="script-src 'self'">` +
				'<script>document.title = "ran";</script></head><body><p>Planted</p></body></html>',
		}),
	);

	await page.goto('/planted-csp-fault/');
	await expect(page).not.toHaveTitle('ran');
	expect(await violations()).toContainEqual(expect.stringContaining('script-src-elem blocked inline'));
});
