import { expect, test } from '@playwright/test';

import { PAGE_BUDGETS } from '../budgets/budgets.ts';
import { onePagePerType } from '../budgets/measure-site.ts';
import { BuiltSite, measurePage, ready } from '../budgets/page-weight.ts';
import { DIST_DIR } from '../support/built-site.ts';
import { recordNetwork } from '../support/network.ts';

// The page weight budgets (tests/site/page-budgets.test.ts) weigh what a page fetches before
// it is usable by reading the built files. This checks that reading against Chromium: one page
// of each type must make the browser fetch, up to the load event, what the budget counts, and
// nothing else but what the reading knows comes later. If Astro or Starlight start loading
// something a different way, this fails before the budgets start missing it.

const pagesByType = onePagePerType(DIST_DIR, PAGE_BUDGETS);
const site = new BuiltSite({ distDir: DIST_DIR });

test.describe('What a page fetches before load', () => {
	for (const [type, path] of pagesByType) {
		test(`${path} (${type}) fetches what the budget counts`, async ({ page, context, baseURL }) => {
			await ready;
			const network = await recordNetwork(await context.newCDPSession(page));
			await page.goto(path, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');

			const origin = new URL(baseURL!).origin;
			const fetched = network
				.beforeLoad()
				.urls.filter((url) => url.startsWith(origin))
				.map((url) => new URL(url).pathname);
			const weight = measurePage(site, path);
			const counted = [...weight.resources, ...weight.nonBlocking].map(({ url }) => url);

			// Counted but never fetched would make the budget pessimistic; worth knowing too.
			expect(fetched.toSorted(), 'fetched before load').toEqual(
				expect.arrayContaining(counted.toSorted()),
			);

			// Fetched but not counted: allowed only for what the reading knows loads later (code
			// behind import(), here Starlight's search UI on idle) and the favicon.
			const uncounted = fetched.filter(
				(url) => !counted.includes(url) && !weight.lazy.includes(url) && url !== '/favicon.svg',
			);
			expect(uncounted, 'fetched before load but not in the budget').toEqual([]);
		});
	}
});
