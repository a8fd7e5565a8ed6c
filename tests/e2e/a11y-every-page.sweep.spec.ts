import { expect, test } from '@playwright/test';

import { COLOUR_RULES, expectNoA11yViolations } from '../support/axe.ts';
import { NOT_FOUND_PAGE, sitemapPages } from '../support/site-pages.ts';
import { useTheme } from '../support/theme.ts';

// axe on every page the sitemap lists, and the 404 page, in the light theme and the dark one.
// It runs at desktop width only (see playwright.config.ts): the layout at 360 px, with its
// menu open, has its own checks in a11y-states.spec.ts. The pages are split into a few tests
// so both workers share them.

const PAGES = [...sitemapPages(), NOT_FOUND_PAGE];
const SHARDS = 6;

for (let shard = 0; shard < SHARDS; shard++) {
	const pages = PAGES.filter((_, index) => index % SHARDS === shard);

	test(`axe finds nothing on pages ${shard + 1} of every ${SHARDS}, in both themes`, async ({
		page,
	}) => {
		test.setTimeout(pages.length * 15_000);
		await useTheme(page, 'light');

		for (const path of pages) {
			await page.goto(path);
			// axe looks at the page alone (see tests/support/axe.ts): a frame would go unchecked.
			expect.soft(page.frames(), `${path} embeds no frame`).toHaveLength(1);
			await expectNoA11yViolations(page, `${path} (light)`);

			// Starlight's styles follow data-theme, which its theme menu sets; switching it here
			// is what picking "Dark" does, without reloading. Only colours change.
			await page.evaluate(() => {
				localStorage.setItem('starlight-theme', 'dark');
				document.documentElement.dataset.theme = 'dark';
			});
			await expectNoA11yViolations(page, `${path} (dark)`, { rules: COLOUR_RULES });
		}
	});
}
