import { expect, test } from '@playwright/test';

import { onePageOfEachType } from '../support/site-pages.ts';
import { openSearch, search, searchResults } from '../support/search.ts';
import { watchThirdParties } from '../support/third-party-requests.ts';

// No page asks another origin for anything: readers are not tracked, and the site works where
// only its own host is reachable. The built files are scanned for such URLs too, in
// tests/site/third-parties.test.ts; this is what the browser actually requests.

test('no page of any type requests anything from another origin', async ({ page, baseURL }) => {
	const pages = onePageOfEachType();
	test.setTimeout(pages.length * 5_000);
	const requested = await watchThirdParties(page, new URL(baseURL!).origin);

	for (const { path } of pages) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	expect(requested).toEqual([]);
});

test('searching requests nothing from another origin', async ({ page, baseURL }) => {
	const requested = await watchThirdParties(page, new URL(baseURL!).origin);
	await page.goto('/');

	await openSearch(page);
	await search(page, 'CPQ');
	await expect(searchResults(page).filter({ hasText: 'CPQ Implementation' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requested).toEqual([]);
});

test('the watch catches a page that loads a font and a tracking pixel from elsewhere', async ({
	page,
	baseURL,
}) => {
	const requested = await watchThirdParties(page, new URL(baseURL!).origin);
	await page.route('**/planted-third-party/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body:
				'<!DOCTYPE html><html><head><link rel="stylesheet" href="https://fonts.example.com/css">' +
				'</head><body><img alt="" src="https://tracker.example.net/pixel.gif"></body></html>',
		}),
	);

	await page.goto('/planted-third-party/', { waitUntil: 'networkidle' });
	expect(requested.sort()).toEqual([
		'image https://tracker.example.net/pixel.gif',
		'stylesheet https://fonts.example.com/css',
	]);
});
