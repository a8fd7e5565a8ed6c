import type { Page } from '@playwright/test';

/**
 * What a reader without JavaScript would miss on the page as it is now: its title and text,
 * any of its tables, links to go on from, and a search control that says it cannot work
 * rather than sitting there disabled. Empty when the page reads fully without scripts.
 */
export async function noScriptProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const shown = (element: Element) => (element as HTMLElement).checkVisibility?.() ?? true;
		const problems: string[] = [];

		const main = document.querySelector('main');
		const title = main?.querySelector('h1');
		if (!title || !shown(title)) problems.push('the page title (h1 in <main>) is not shown');
		if ((main?.innerText.trim().length ?? 0) < 100) problems.push('<main> shows almost no text');

		const tables = [...(main?.querySelectorAll('table') ?? [])];
		const hidden = tables.filter((table) => !shown(table));
		if (hidden.length > 0) problems.push(`${hidden.length} of ${tables.length} tables are hidden`);

		const links = [...document.querySelectorAll('a[href]')].filter(shown);
		if (links.length < 5) problems.push(`only ${links.length} links are shown to go on from`);

		const header = document.querySelector('header');
		const deadSearch = [...(header?.querySelectorAll('button:disabled') ?? [])].filter(shown);
		for (const button of deadSearch) {
			const name = button.getAttribute('aria-label') ?? button.textContent?.trim();
			problems.push(`the header shows a control that cannot work: a disabled button "${name}"`);
		}
		return problems;
	});
}
