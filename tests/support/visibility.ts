import type { Locator } from '@playwright/test';

/**
 * Whether text is there for screen readers only. Playwright counts a 1×1 px clipped box as
 * visible, so look at the box itself: the usual "sr-only" pattern leaves at most one pixel.
 */
export async function isVisuallyHidden(locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	return box === null || (box.width <= 1 && box.height <= 1);
}
