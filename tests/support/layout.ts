import type { Page } from '@playwright/test';

export interface DocumentWidth {
	/** How wide the document's content is, including anything that sticks out. */
	scrollWidth: number;
	/** How wide the window shows it. */
	clientWidth: number;
}

/**
 * Measures the root element once web fonts have loaded, since a late font can widen a line.
 * A scrollWidth above clientWidth means the whole page scrolls sideways.
 */
export function documentWidth(page: Page): Promise<DocumentWidth> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		const { scrollWidth, clientWidth } = document.documentElement;
		return { scrollWidth, clientWidth };
	});
}
