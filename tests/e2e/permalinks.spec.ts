import { expect, test, type Locator, type Page } from '@playwright/test';

import { THEMES, useTheme } from '../support/theme.ts';

/** The row is in the window and not under the sticky site header. */
async function expectInView(page: Page, target: Locator) {
	await expect(target).toBeInViewport();
	const header = (await page.getByRole('banner').boundingBox())!;
	const box = (await target.boundingBox())!;
	expect(box.y, 'top below the site header').toBeGreaterThanOrEqual(header.y + header.height - 1);
}

/** The colour behind an element, as painted. */
const background = (locator: Locator) =>
	locator.evaluate((element) => getComputedStyle(element).backgroundColor);

const LINKED = [
	{ name: 'a matrix row', path: '/matrices/sales/#territory-design', target: 'tr#territory-design' },
	{ name: 'a matrix cell', path: '/matrices/sales/#territory-design--scale', target: 'td#territory-design--scale' },
	{ name: 'a row of the page of all matrices', path: '/matrices/#tech-stack-cpq', target: 'tr#tech-stack-cpq' },
	{ name: 'a benchmark row', path: '/benchmarks/#cac-payback', target: 'tr#cac-payback' },
	{ name: 'a glossary term', path: '/glossary/#nrr', target: '[id="nrr"]' },
];

for (const theme of THEMES) {
	test.describe(`Opening a row's address (${theme} theme)`, () => {
		test.beforeEach(async ({ page }) => useTheme(page, theme));

		for (const { name, path, target } of LINKED) {
			test(`shows ${name} highlighted and in view`, async ({ page }) => {
				await page.goto(path);
				const linked = page.locator(target);

				await expect(linked).toHaveClass(/\bis-linked\b/);
				await expectInView(page, linked);

				// The highlight is a colour of its own, unlike the rows around it.
				const plain = page.locator(`${target.split(/[#[]/)[0]}:not(.is-linked)`).first();
				const cell = linked.locator('td, dd').first().or(linked).first();
				expect(await background(cell)).not.toBe(await background(plain));
			});
		}
	});
}

test('the highlight stays visible with forced colours', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/matrices/sales/#territory-design');

	const cell = page.locator('tr#territory-design > td').first();
	const outline = await cell.evaluate((element) => getComputedStyle(element).outlineStyle);
	expect(outline).toBe('solid');
});

test.describe('Copying a row link', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('works from the keyboard and says so', async ({ page, baseURL }) => {
		await page.goto('/matrices/sales/');
		const control = page.getByRole('link', { name: 'Copy link to Qualification' });

		// Tab through the page as a keyboard user would, until the control has focus.
		for (let presses = 0; presses < 120; presses++) {
			if (await control.evaluate((element) => element === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(control).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}/matrices/sales/#qualification`);
		await expect(page).toHaveURL(/#qualification$/);
		await expect(page.locator('tr#qualification')).toHaveClass(/\bis-linked\b/);

		// The address read back opens the row, highlighted, in a new page.
		const other = await page.context().newPage();
		await other.goto(copied);
		await expect(other.locator('tr#qualification')).toHaveClass(/\bis-linked\b/);
		await expectInView(other, other.locator('tr#qualification'));
	});
});

test.describe('A matrix on a narrow screen', () => {
	test('keeps the process name in view while the stages scroll', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/matrices/tech-stack/');

		const region = page.getByRole('region', { name: /Tech Stack Evolution/ });
		const name = page.getByRole('rowheader', { name: 'CPQ', exact: true });
		const platform = page.getByRole('row').filter({ has: name }).getByRole('cell').last();
		await name.scrollIntoViewIfNeeded();
		await expect(platform).not.toBeInViewport();
		const before = (await name.boundingBox())!;

		await region.evaluate((element) => element.scrollBy({ left: 1000 }));
		await expect(platform).toBeInViewport();
		await expect(name).toBeInViewport();

		const after = (await name.boundingBox())!;
		// Collapsed borders may move a sticky cell by half a pixel; more would mean it scrolled.
		expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
	});

	test('opens a linked cell beside the name column, not under it', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/matrices/tech-stack/#cpq--platform');

		const cell = page.locator('td#cpq--platform');
		const name = page.getByRole('rowheader', { name: 'CPQ', exact: true });
		await expect(cell).toBeInViewport();

		const cellBox = (await cell.boundingBox())!;
		const nameBox = (await name.boundingBox())!;
		expect(cellBox.x).toBeGreaterThanOrEqual(nameBox.x + nameBox.width - 1);
	});
});
