import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab, as a keyboard user would, until `target` has focus; fails if it is not reached
 * within `limit` presses (a control that Tab skips is one keyboard users cannot reach).
 */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	await expect(target, `reached with at most ${limit} presses of Tab`).toBeFocused();
}
