import { expect, test } from '@playwright/test';

import { playbookByTitle } from '../support/content.ts';

test.describe('Search', () => {
	test('finds the CPQ Implementation playbook and opens it', async ({ page }) => {
		const cpq = playbookByTitle('CPQ Implementation');
		await page.goto('/');

		// The button stays disabled until the search script has loaded; click waits for it.
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect(dialog).toBeVisible();

		await dialog.getByRole('textbox', { name: 'Search' }).fill('CPQ');
		// A page's headings can show up as extra links under it; the page's own link comes first.
		const result = dialog.getByRole('link', { name: 'CPQ Implementation', exact: true }).first();
		await expect(result).toHaveAttribute('href', `/playbooks/${cpq.slug}/`);

		await result.click();
		await expect(page).toHaveURL(`/playbooks/${cpq.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPQ Implementation');
	});
});
