import { expect, test, type Page } from '@playwright/test';

import { playbooks } from '../support/content.ts';

const TOTAL = playbooks().length;

/** What the list shows: for each playbook, its facets as the page carries them. */
async function shown(page: Page) {
	return page.locator('[data-playbook]:visible').evaluateAll((items) =>
		items.map((item) => ({
			function: (item as HTMLElement).dataset.function!.split(' '),
			stage: (item as HTMLElement).dataset.stage,
		})),
	);
}

test.describe('Filtering the playbook index', () => {
	test('narrows the list, keeps the filter in the address, and survives a reload', async ({
		page,
	}) => {
		await page.goto('/playbooks/');
		await expect(page.getByRole('status')).toHaveText(`All ${TOTAL} playbooks`);

		await page.getByLabel('Function').selectOption({ label: 'Sales' });
		await page.getByLabel('Starts at').selectOption({ label: 'Stabilize' });
		await expect(page).toHaveURL(/\/playbooks\/\?function=sales&stage=stabilize$/);

		const filtered = await shown(page);
		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.length).toBeLessThan(TOTAL);
		for (const item of filtered) {
			expect(item.function).toContain('sales');
			expect(item.stage).toBe('stabilize');
		}
		await expect(page.getByRole('status')).toHaveText(`${filtered.length} of ${TOTAL} playbooks match`);

		// Everything hidden fails a filter: nothing is lost by the filtering itself.
		const hidden = await page.locator('[data-playbook]:not(:visible)').evaluateAll((items) =>
			items.map((item) => (item as HTMLElement).dataset),
		);
		for (const item of hidden) {
			expect(item.function!.split(' ').includes('sales') && item.stage === 'stabilize').toBe(false);
		}

		await page.reload();
		await expect(page.getByLabel('Function')).toHaveValue('sales');
		await expect(page.getByLabel('Starts at')).toHaveValue('stabilize');
		expect(await shown(page)).toEqual(filtered);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\/playbooks\/$/);
		await expect(page.locator('[data-playbook]:visible')).toHaveCount(TOTAL);
	});

	test('a shared address opens the list already filtered', async ({ page }) => {
		await page.goto('/playbooks/?complexity=advanced');

		await expect(page.getByLabel('Complexity')).toHaveValue('advanced');
		const count = playbooks().filter((playbook) => playbook.facets.complexity === 'advanced').length;
		await expect(page.locator('[data-playbook]:visible')).toHaveCount(count);
		// A section with no playbook left is hidden with them, heading and all.
		for (const section of await page.locator('[data-playbook-category]').all()) {
			const visible = await section.locator('[data-playbook]:visible').count();
			await expect(section).toBeVisible({ visible: visible > 0 });
		}
	});

	test('an address with an unknown value shows the whole list', async ({ page }) => {
		await page.goto('/playbooks/?function=astrology');

		await expect(page.getByLabel('Function')).toHaveValue('');
		await expect(page.locator('[data-playbook]:visible')).toHaveCount(TOTAL);
	});

	test('a facet badge on a playbook page opens the index filtered by it', async ({ page }) => {
		await page.goto('/playbooks/cpq-implementation/');

		await page.getByRole('link', { name: /^Advanced: all playbooks/ }).click();
		await expect(page).toHaveURL(/\/playbooks\/\?complexity=advanced$/);
		await expect(page.getByLabel('Complexity')).toHaveValue('advanced');
	});

	test('says so when no playbook matches', async ({ page }) => {
		await page.goto('/playbooks/?function=partnerships&stage=platform&complexity=foundational');

		await expect(page.locator('[data-playbook]:visible')).toHaveCount(0);
		await expect(page.getByRole('status')).toHaveText(/No playbook matches/);
	});
});

test.describe('The playbook index without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every playbook and no filter form', async ({ page }) => {
		await page.goto('/playbooks/?function=sales');

		await expect(page.locator('[data-playbook]:visible')).toHaveCount(TOTAL);
		await expect(page.locator('form[data-playbook-filter]')).toBeHidden();
	});
});
