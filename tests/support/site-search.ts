import { expect, type Locator, type Page } from '@playwright/test';

// Search as a reader uses it, by roles and names alone, so the checks that go through search
// (the policy, the sub-path, third parties) hold whichever search UI the header carries.

/** The search dialog. */
export const searchDialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search' });

/** Opens search from the header button (disabled until its script runs; click waits). */
export async function openSearchDialog(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	const dialog = searchDialogOf(page);
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Types a query into the open dialog's search field. */
export async function typeQuery(page: Page, query: string): Promise<void> {
	const dialog = searchDialogOf(page);
	const field = dialog.getByRole('combobox').or(dialog.getByRole('textbox')).first();
	await field.fill(query);
}

/** The result whose name contains `text`: a link, or an option that is one. */
export function searchResult(page: Page, text: string): Locator {
	const dialog = searchDialogOf(page);
	return dialog
		.getByRole('option', { name: text })
		.or(dialog.getByRole('link', { name: text, exact: true }))
		.first();
}
