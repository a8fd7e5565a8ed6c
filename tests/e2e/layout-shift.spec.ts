import { expect, test, type Page } from '@playwright/test';

import { PAGE_BUDGETS } from '../budgets/budgets.ts';
import { onePagePerType } from '../budgets/measure-site.ts';
import { DIST_DIR } from '../support/built-site.ts';

// Nothing on a page may move once it is painted: a reader who opens a link starts reading at
// once, and a jump loses their place. How long things take is the bench's business; these
// tests check what moves.

const pagesByType = onePagePerType(DIST_DIR, PAGE_BUDGETS);

/** Layout shift so far, from the page's own layout-shift entries, as Lighthouse adds them. */
async function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => {
					const entries = list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[];
					resolve(
						entries
							.filter((entry) => !entry.hadRecentInput)
							.reduce((sum, entry) => sum + entry.value, 0),
					);
				}).observe({ type: 'layout-shift', buffered: true });
				// The observer calls back only if there are entries; no entry means no shift.
				setTimeout(() => resolve(0), 500);
			}),
	);
}

test.describe('Layout shift', () => {
	for (const [type, path] of pagesByType) {
		test(`${path} (${type}) does not move once painted`, async ({ page }) => {
			await page.goto(path, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');

			expect(await layoutShift(page)).toBeLessThan(0.01);
		});
	}

});
