import { expect, test } from '@playwright/test';

import { tabTo } from '../support/keyboard.ts';

// A reader with a keyboard alone, no mouse: Tab to move, Enter to follow or press. Nothing in
// this walk clicks.

test.describe('With the keyboard alone', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a reader goes from the home page to a playbook and copies a matrix row link', async ({
		page,
		baseURL,
	}) => {
		await page.goto('/');

		await tabTo(page, page.getByRole('link', { name: 'Browse the playbooks' }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/playbooks/');

		// Past the header and sidebar in one step, as the skip link is there for.
		await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 1);
		await page.keyboard.press('Enter');
		await tabTo(page, page.getByRole('main').getByRole('link', { name: /CPQ Implementation/ }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPQ Implementation');

		// The playbook names the matrix rows it changes; "row" opens one in its matrix.
		const row = page.getByRole('main').getByRole('link', { name: 'row', exact: true }).last();
		const rowAddress = await row.getAttribute('href');
		await tabTo(page, row);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(rowAddress!);

		// Tab goes on from the row the address opened at: its own link control comes next.
		const anchor = rowAddress!.split('#')[1];
		const copy = page.locator(`[id="${anchor}"] a[data-row-link]`);
		await tabTo(page, copy, 10);
		await page.keyboard.press('Enter');

		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}${rowAddress}`);
	});
});
