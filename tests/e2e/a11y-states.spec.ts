import { expect, test } from '@playwright/test';

import { a11yViolations, expectNoA11yViolations } from '../support/axe.ts';
import { THEMES, useTheme } from '../support/theme.ts';

// axe on states a page reaches only by use. Every page as it loads is swept in
// a11y-every-page.sweep.spec.ts; features add their own states here or beside their tests,
// with expectNoA11yViolations from tests/support/axe.ts.

for (const theme of THEMES) {
	test(`the menu open at 360 px has no accessibility faults (${theme} theme)`, async ({ page }) => {
		await useTheme(page, theme);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/matrices/sales/');

		await page.getByRole('button', { name: 'Menu' }).click();
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		await expectNoA11yViolations(page, `/matrices/sales/ with the menu open (${theme})`);
	});
}

test('the check catches a missing alt text, faint text, and a name that hides the label', async ({
	page,
}) => {
	await page.setContent(
		'<!DOCTYPE html><html lang="en"><head><title>Planted</title></head><body><main>' +
			'<h1>Planted faults</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
			'<p style="color: #ddd; background: #fff">Faint text</p>' +
			// The exclusion for this rule covers search results only, not this button.
			'<button aria-label="Close">Open the menu</button></main></body></html>',
	);

	const rules = (await a11yViolations(page)).map((violation) => violation.id).sort();
	expect(rules).toEqual(['color-contrast', 'image-alt', 'label-content-name-mismatch']);
});
