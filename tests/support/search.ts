import { expect, type Page } from '@playwright/test';

/** The search dialog, by its role and name, as a screen reader finds it. */
export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });

/** The search box: a combobox named by its visible label. */
export const searchBox = (page: Page) =>
	searchDialog(page).getByRole('combobox', { name: /^Search playbooks/ });

/** The results, in the order shown. */
export const searchResults = (page: Page) => searchDialog(page).getByRole('option');

/** The line that says how many results there are, announced politely. */
export const searchStatus = (page: Page) => searchDialog(page).getByRole('status');

/** The header button that opens search. */
export const searchButton = (page: Page) =>
	page.getByRole('button', { name: 'Search', exact: true });

/** Opens the dialog from the header button; the button is disabled until its script runs. */
export async function openSearch(page: Page) {
	await searchButton(page).click();
	await expect(searchDialog(page)).toBeVisible();
	await expect(searchBox(page)).toBeFocused();
}

/** Types a query and waits until the results for it, not an earlier one, are shown. */
export async function search(page: Page, query: string) {
	await searchBox(page).fill(query);
	await expect(searchStatus(page)).toContainText(`“${query}”`);
}

/** The addresses of the first results shown, e.g. "/matrices/sales/#territory-design". */
export async function topResultUrls(page: Page, count: number): Promise<string[]> {
	const hrefs = await searchResults(page).evaluateAll((links) =>
		links.map((link) => link.getAttribute('href') ?? ''),
	);
	return hrefs.slice(0, count);
}
