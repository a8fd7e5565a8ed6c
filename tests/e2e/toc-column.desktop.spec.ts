import { expect, test } from '@playwright/test';

// The "On this page" column shows from 72rem (1152 px) up, so this runs on the wide screen only.

test('the "On this page" column is in place before the main column arrives', async ({ page }) => {
	// A long page is painted while it streams in. Starlight writes the column before the main
	// column and moves it right with flex order, so until the main column is parsed the column
	// stood at the left, then jumped: a shift of 0.4 on the glossary, some loads. Taking the
	// main column out reproduces that moment every time.
	await page.goto('/glossary/');
	const column = page.locator('.right-sidebar-container');
	await expect(column).toBeVisible();
	const place = async () => {
		const box = await column.boundingBox();
		return box && { x: box.x, width: box.width };
	};
	const settled = await place();

	await page.locator('.main-pane').evaluate((main) => main.remove());

	expect(await place()).toEqual(settled);
});
