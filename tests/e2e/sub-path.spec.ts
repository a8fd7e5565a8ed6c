import { expect, test } from '@playwright/test';

import { watchCsp } from '../support/csp-violations.ts';
import { openSearch, search, searchResults } from '../support/search.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SUB_PATH_BASE, SUB_PATH_DIST } from '../support/sub-path-site.ts';

// The site as a host would serve it under a sub-path: the build `npm run build:base` made,
// with the headers of its _headers file. Its links and assets are crawled without a browser
// in tests/site/links.test.ts; this is what needs one: search, which loads its index by URL.

let server: StaticServer;

test.beforeAll(async () => {
	server = await serveStatic(SUB_PATH_DIST, SUB_PATH_BASE);
});

test.afterAll(async () => {
	await server.close();
});

test.describe(`The site under ${SUB_PATH_BASE}`, () => {
	test('search finds CPQ and its result leads to the page under the base', async ({ page }) => {
		// The host sends _headers' policy too; the browser enforces it beside the page's own.
		const violations = await watchCsp(page);
		const outside: string[] = [];
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (!pathname.startsWith(SUB_PATH_BASE)) outside.push(pathname);
		});

		const response = await page.goto(server.url);
		expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		await openSearch(page);
		await search(page, 'CPQ');

		const result = searchResults(page).filter({ hasText: 'CPQ Implementation' });
		const target = `${SUB_PATH_BASE}playbooks/cpq-implementation/`;
		await expect(result).toHaveAttribute('href', new RegExp(`^${target}`));
		expect(await violations(), 'blocked by either policy').toEqual([]);
		await result.click();

		await expect(page).toHaveURL(new URL(target, server.url).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPQ Implementation');
		expect(outside, 'requests outside the base path').toEqual([]);
	});

	test('the 404 page links into the site under the base', async ({ page }) => {
		const response = await page.goto(`${server.url}no-such-page/`);
		expect(response?.status()).toBe(404);

		await page.getByRole('link', { name: 'Playbooks', exact: true }).first().click();
		await expect(page).toHaveURL(`${server.url}playbooks/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playbooks');
	});
});
