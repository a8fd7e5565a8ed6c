import { expect, test } from '@playwright/test';

import { stages } from '../support/content.ts';
import { isVisuallyHidden } from '../support/visibility.ts';

const STAGE_NAMES = ['Build', 'Stabilize', 'Scale', 'Optimize', 'Platform'];

test.describe('Process matrices', () => {
	test('the stages are the five columns the matrices promise', () => {
		// Guards the tests below, which take the column order from content/stages.json.
		expect(stages().map((stage) => stage.name)).toEqual(STAGE_NAMES);
	});

	// Every cell's text at its row and stage is checked on the built HTML, for speed, by
	// tests/site/tables.test.ts; here, what needs a browser: how the cells read and behave.

	test('a cell that does not apply shows a dash and is read as "Not applicable"', async ({
		page,
	}) => {
		await page.goto('/matrices/sales/');

		const row = page.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: 'Territory Design', exact: true }),
		});
		const build = row.getByRole('cell').first();

		await expect(build.getByText('—', { exact: true })).toBeVisible();
		await expect(build).toHaveAccessibleName('Not applicable');

		// The spoken words must not also show on screen next to the dash.
		const spoken = build.getByText('Not applicable');
		expect(await isVisuallyHidden(spoken), '"Not applicable" is for screen readers').toBe(true);
	});

	test('Territory Design starts to matter at Stabilize and is essential at Scale', async ({
		page,
	}) => {
		await page.goto('/matrices/sales/');

		const table = page.getByRole('main').getByRole('table');
		const column = async (name: string) => {
			const headers = await table.getByRole('columnheader').allTextContents();
			return headers.findIndex((header) => header.trim() === name);
		};
		const row = table.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: 'Territory Design', exact: true }),
		});

		// Cells come after the row header, so a cell's index is its column's index minus one.
		const cellUnder = async (stage: string) => row.getByRole('cell').nth((await column(stage)) - 1);

		await expect(await cellUnder('Stabilize')).toHaveText('— or Consider');
		await expect(await cellUnder('Scale')).toHaveText('Essential');
	});

	test('a link to a row opens the matrix with that row in view', async ({ page }) => {
		await page.goto('/matrices/sales/#territory-design');

		const row = page.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: 'Territory Design', exact: true }),
		});
		await expect(row).toHaveAttribute('id', 'territory-design');
		await expect(row).toBeInViewport();

		// "In view" means not hidden under the sticky site header either.
		const header = await page.getByRole('banner').boundingBox();
		const box = await row.boundingBox();
		expect(box!.y, 'row top is below the site header').toBeGreaterThanOrEqual(
			header!.y + header!.height - 1,
		);
	});
});
