import { expect, test } from '@playwright/test';

import { stages } from '../support/content.ts';

test.describe('Moving between stages', () => {
	test('goes from Build to Platform with "Next" and back with "Previous"', async ({ page }) => {
		const all = stages();
		await page.goto(`/stages/${all[0].id}/`);

		for (const stage of all.slice(1)) {
			await page.getByRole('link', { name: new RegExp(`^Next ${stage.name} stage$`) }).click();
			await expect(page).toHaveURL(`/stages/${stage.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${stage.name} stage`);
		}
		await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);

		await page.getByRole('link', { name: new RegExp(`^Previous ${all.at(-2)!.name} stage$`) }).click();
		await expect(page).toHaveURL(`/stages/${all.at(-2)!.id}/`);
	});

	test('the home page leads to each stage', async ({ page }) => {
		for (const stage of stages()) {
			await page.goto('/');
			await page.getByRole('main').getByRole('link', { name: new RegExp(`^${stage.name}\\b`) }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${stage.name} stage`);
		}
	});
});
