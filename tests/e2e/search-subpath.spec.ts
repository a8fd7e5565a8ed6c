import { expect, test } from '@playwright/test';

import { playbookUrl, processRowUrl } from '../../src/lib/urls.ts';
import { openSearch, search, searchResults } from '../support/search.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SUB_PATH_BASE as BASE, SUB_PATH_DIST } from '../support/sub-path-site.ts';

/** An address of the site as it is at `BASE` (urls.ts gives them for the root). */
const underBase = (url: string) => `${BASE.slice(0, -1)}${url}`;

test.describe('Search on a site deployed under a sub-path', () => {
	test.describe.configure({ mode: 'serial' });

	let server: StaticServer | undefined;

	// The site as `npm run build:base` built it, under the base path.
	test.beforeAll(async () => {
		server = await serveStatic(SUB_PATH_DIST, BASE);
	});

	test.afterAll(async () => {
		await server?.close();
	});

	test('loads the index from under the base and opens results there', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

		await page.goto(server!.url);
		await openSearch(page);
		await search(page, 'multi-geo');

		const row = underBase(processRowUrl('sales/territory-design'));
		await expect(searchResults(page).first()).toHaveAttribute('href', row);

		const index = fetched.filter((path) => path.includes('/pagefind/'));
		expect(index.length, 'the index was fetched').toBeGreaterThan(0);
		expect(index.filter((path) => !path.startsWith(`${BASE}pagefind/`))).toEqual([]);

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new URL(row, server!.url).href);
		await expect(page.locator('[id="territory-design"]')).toBeInViewport();
	});

	test('finds a playbook by its number, at its address under the base', async ({ page }) => {
		await page.goto(server!.url);
		await openSearch(page);
		await search(page, '29');

		await expect(searchResults(page).first()).toHaveAttribute(
			'href',
			underBase(playbookUrl('cpq-implementation')),
		);
	});
});
