import { expect, test } from '@playwright/test';

import { documentWidth } from '../support/layout.ts';
import { matrices, matrixRows, NOT_APPLICABLE, stages } from '../support/content.ts';

// Each step between neighbouring stages, from the stage list.
const steps = stages()
	.slice(1)
	.map((to, index) => ({ from: stages()[index], to }));

/**
 * What the matrices say moves on a step, read straight from content/processes/*.json: each
 * row whose cell reads differently on the two sides, and whether it starts to apply there.
 */
function expectedMoves(from: string, to: string) {
	return matrices().map((matrix) => ({
		matrix: matrix.id,
		rows: matrixRows(matrix.id)
			.filter((row) => row.cells[from] !== row.cells[to])
			.map((row) => ({
				process: `${matrix.id}/${row.id}`,
				starts: row.cells[from] === NOT_APPLICABLE,
				cells: [row.cells[from], row.cells[to]],
			})),
	}));
}

test.describe('Stage transitions', () => {
	for (const { from, to } of steps) {
		test(`${from.name} to ${to.name} lists exactly the processes the matrices say move`, async ({
			page,
		}) => {
			await page.goto(`/transitions/${from.id}-to-${to.id}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				`${from.name} to ${to.name}`,
			);

			for (const { matrix, rows } of expectedMoves(from.id, to.id)) {
				const table = page.locator(`table.transition[data-matrix="${matrix}"]`);
				if (rows.length === 0) {
					await expect(table).toHaveCount(0);
					continue;
				}

				const shown = await table.locator('tbody tr').evaluateAll((trs) =>
					trs.map((tr) => ({
						process: (tr as HTMLElement).dataset.process,
						starts: tr.querySelector('th')!.textContent!.includes('Starts to apply'),
						// A dash reads as "Not applicable" to screen readers; compare what is printed.
						cells: [...tr.querySelectorAll('td')].map((td) =>
							(td.querySelector('[aria-hidden="true"]') ?? td).textContent!.trim(),
						),
					})),
				);
				expect(shown, matrix).toEqual(rows);
			}
		});
	}

	test('links each process to its page and each cell to its place in the matrix', async ({
		page,
	}) => {
		await page.goto('/transitions/stabilize-to-scale/');
		const row = page.locator('tr[data-process="sales/territory-design"]');

		await expect(row.getByRole('link', { name: 'Territory Design' })).toHaveAttribute(
			'href',
			'/processes/sales/territory-design/',
		);
		await row.getByRole('link', { name: 'Essential' }).click();
		await expect(page).toHaveURL('/matrices/sales/#territory-design--scale');
		await expect(page.locator('#territory-design--scale')).toHaveText('Essential');
	});

	test('lists the playbooks that come into play, linked', async ({ page }) => {
		await page.goto('/transitions/scale-to-optimize/');
		// CPQ first applies at Optimize, so CPQ Implementation comes into play there.
		await expect(page.getByRole('link', { name: /CPQ Implementation/ })).toHaveAttribute(
			'href',
			'/playbooks/cpq-implementation/',
		);
	});

	test('goes from the first step to the last with "Next", and back', async ({ page }) => {
		await page.goto(`/transitions/${steps[0].from.id}-to-${steps[0].to.id}/`);
		for (const { from, to } of steps.slice(1)) {
			await page
				.getByRole('link', { name: new RegExp(`^Next ${from.name} to ${to.name}$`) })
				.click();
			await expect(page).toHaveURL(`/transitions/${from.id}-to-${to.id}/`);
		}
		await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(1);
	});

	test('the index links every step and counts what moves', async ({ page }) => {
		await page.goto('/transitions/');
		for (const { from, to } of steps) {
			const changes = expectedMoves(from.id, to.id).flatMap((group) => group.rows);
			const row = page.locator(`tr[data-step="${from.id}-to-${to.id}"]`);
			await expect(row.getByRole('link')).toHaveAttribute(
				'href',
				`/transitions/${from.id}-to-${to.id}/`,
			);
			await expect(row.locator('td').nth(0)).toHaveText(
				String(changes.filter((move) => !move.starts).length),
			);
			await expect(row.locator('td').nth(1)).toHaveText(
				String(changes.filter((move) => move.starts).length),
			);
		}
	});

	for (const path of ['/transitions/', '/transitions/build-to-stabilize/', '/tools/', '/data/']) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			const { scrollWidth, clientWidth } = await documentWidth(page);
			expect(scrollWidth, `document width at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
		});
	}
});
