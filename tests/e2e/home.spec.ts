import { expect, test } from '@playwright/test';

test.describe('Home page', () => {
	test('names the site and leads to the matrices and the playbooks', async ({ page }) => {
		await page.goto('/');

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('GTM OS Reference');

		const main = page.getByRole('main');
		await expect(main.getByRole('link', { name: 'Process matrices', exact: true })).toHaveAttribute(
			'href',
			'/matrices/',
		);

		await main.getByRole('link', { name: 'Playbooks', exact: true }).click();
		await expect(page).toHaveURL('/playbooks/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playbooks');
	});
});
