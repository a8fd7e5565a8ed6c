import { expect, test } from '@playwright/test';

import { matrices, stages } from '../support/content.ts';

test.describe('Home page', () => {
	test('names the site, shows the five stages with their bands, and leads the ways in', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('GTM OS Reference');

		const main = page.getByRole('main');
		const cards = main.getByRole('list').filter({ has: page.getByText('$0-1M ARR') }).getByRole('link');
		await expect(cards).toHaveCount(stages().length);
		for (const [index, stage] of stages().entries()) {
			await expect(cards.nth(index)).toHaveAttribute('href', `/stages/${stage.id}/`);
			await expect(cards.nth(index)).toContainText(stage.name);
		}

		for (const matrix of matrices()) {
			await expect(main.getByRole('link', { name: matrix.title, exact: true })).toHaveAttribute(
				'href',
				`/matrices/${matrix.id}/`,
			);
		}

		await main.getByRole('link', { name: 'Browse the playbooks' }).click();
		await expect(page).toHaveURL('/playbooks/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playbooks');
	});
});
