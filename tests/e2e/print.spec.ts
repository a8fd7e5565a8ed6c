import { expect, test } from '@playwright/test';

// What paper gets (src/styles/print.css, linked with media="print"). These checks emulate
// print media; the layout of real printouts was checked by eye on PDFs.

// Printing lays a page out at the paper's width, not the window's: A4 is 794 CSS pixels wide,
// less the margins of the @page rule.
const A4 = { width: 794 - 95, height: 1123 };

test.describe('Printing', () => {
	test.use({ viewport: A4 });

	test('a matrix page prints without navigation chrome, all five stages in the page width', async ({
		page,
	}) => {
		await page.goto('/matrices/sales/');
		await expect(page.locator('.row-link').first()).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		const chrome = ['.page > header', 'nav.sidebar', '.right-sidebar-container', '.row-link'];
		for (const part of [...chrome, '.pagination-links']) {
			await expect(page.locator(part).first(), part).toBeHidden();
		}
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		const table = page.locator('table.matrix');
		await expect(table.locator('thead th')).toHaveCount(6);
		const fits = await page
			.locator('.table-scroll')
			.first()
			.evaluate((box) => ({
				scrollWidth: box.scrollWidth,
				clientWidth: box.clientWidth,
				overflow: getComputedStyle(box).overflowX,
			}));
		expect(fits.overflow).toBe('visible');
		expect(fits.scrollWidth).toBeLessThanOrEqual(fits.clientWidth);
	});

	test('a list marked data-print-checklist prints with an empty box before each item', async ({
		page,
	}) => {
		await page.goto('/stages/scale/');
		const item = page.locator('[data-print-checklist] > li').first();
		const marker = () =>
			item.evaluate((li) => {
				const box = getComputedStyle(li, '::before');
				return {
					content: box.content,
					border: box.borderTopWidth,
					list: getComputedStyle(li).listStyleType,
				};
			});

		// On screen, a plain list.
		expect((await marker()).content).toBe('none');

		await page.emulateMedia({ media: 'print' });
		const printed = await marker();
		expect(printed.content).toBe('""');
		expect(parseFloat(printed.border)).toBeGreaterThan(0);
		expect(printed.list).toBe('none');
	});

	test('the stylesheet is linked for print only, so it never holds up the screen', async ({
		page,
	}) => {
		await page.goto('/');
		const links = await page
			.locator('link[rel="stylesheet"][href*="print"]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('media')));
		expect(links.length).toBeGreaterThanOrEqual(2);
		expect(links.every((media) => media === 'print')).toBe(true);
	});
});
