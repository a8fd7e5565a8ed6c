import { expect, test } from '@playwright/test';

import { noScriptProblems } from '../support/no-script.ts';
import { onePageOfEachType } from '../support/site-pages.ts';

// Without JavaScript (turned off, blocked, or not loaded yet) every kind of page still reads:
// its text, its tables, its links, and a search control that leads somewhere instead of a
// dead button. Scripts only add to pages that work without them.

test.use({ javaScriptEnabled: false });

test('every kind of page shows its content, tables and links without JavaScript', async ({ page }) => {
	const pages = onePageOfEachType();
	test.setTimeout(pages.length * 5_000);

	for (const { path, template } of pages) {
		await page.goto(path);
		expect.soft(await noScriptProblems(page), `${path} (${template})`).toEqual([]);
	}
});

test('without JavaScript, search says so and offers the playbook index instead', async ({ page }) => {
	await page.goto('/stages/');

	const header = page.getByRole('banner');
	const fallback = header.getByRole('link', { name: /search/i });
	await expect(fallback).toBeVisible();
	await expect(fallback).toContainText(/JavaScript/);
	await fallback.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playbooks');
});

test('at 360 px the menu opens without JavaScript and leads to every section', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/stages/');

	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(sidebar).toBeVisible();

	await sidebar.getByRole('link', { name: 'Glossary' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('the check catches a page that needs JavaScript to show its content', async ({ page }) => {
	await page.route('**/planted-script-only/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body:
				'<!DOCTYPE html><html><head><title>Planted</title></head><body><main></main>' +
				'<script>document.querySelector("main").innerHTML = "<h1>Shown by script</h1>";</script>' +
				'</body></html>',
		}),
	);
	await page.goto('/planted-script-only/');

	expect(await noScriptProblems(page)).toEqual([
		'the page title (h1 in <main>) is not shown',
		'<main> shows almost no text',
		'only 0 links are shown to go on from',
	]);
});
