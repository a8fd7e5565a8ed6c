import { expect, test, type Page } from '@playwright/test';

import { documentWidth } from '../support/layout.ts';

const PATH = '/tools/benchmark-check/';

const field = (page: Page, label: string) =>
	page.getByRole('textbox', { name: label, exact: true });
const result = (page: Page) => page.locator('[data-benchmark-result]');
/** One figure's verdict: its section, found by its heading. */
const verdict = (page: Page, heading: string) =>
	result(page).locator('section', { has: page.getByRole('heading', { name: heading }) });

test.describe('Benchmark check', () => {
	test('checks typed figures, keeps them in the address, and the address agrees', async ({
		page,
		context,
	}) => {
		await page.goto(PATH);
		await expect(page.getByText('The check needs JavaScript')).toBeHidden();

		await field(page, 'Net revenue retention (NRR)').focus();
		await page.keyboard.type('104%');
		await page.keyboard.press('Tab');
		await page.keyboard.type('92');
		await page.keyboard.press('Tab');
		await page.keyboard.type('24');
		await page.keyboard.press('Tab');
		await page.keyboard.type('3:1');
		await page.keyboard.press('Enter');

		const nrr = verdict(page, 'NRR: 104%');
		await expect(nrr).toContainText(
			'Clears Series A. Next bar to clear: Series B (105%+), 1 point short.',
		);
		await expect(nrr.getByRole('listitem')).toHaveText([
			'✓Series A (100%+): clears it',
			'✗Series B (105%+): 1 point short',
			'✗Series C+ (110%+): 6 points short',
		]);
		// The edges: exactly 24 months is not "Under 24 mo", exactly 3 is not ">3:1".
		await expect(verdict(page, 'CAC Payback: 24 months')).toContainText(
			'Clears none of the bars yet.',
		);
		await expect(verdict(page, 'LTV:CAC: 3:1').getByRole('listitem').nth(1)).toHaveText(
			'✗Series B (>3:1): on the line, and the bar needs more',
		);
		await expect(verdict(page, 'GRR: 92%')).toContainText('Clears every bar');
		await expect(page).toHaveURL(`${PATH}?nrr=104%25&grr=92&cac-payback=24&ltv-cac=3%3A1`);

		const shared = await context.newPage();
		await shared.goto(page.url());
		await expect(field(shared, 'LTV:CAC')).toHaveValue('3:1');
		await expect(result(shared)).toHaveText((await result(page).textContent())!);
	});

	test('works out the Magic Number from a quarter’s two amounts', async ({ page }) => {
		await page.goto(PATH);
		await field(page, 'Net new ARR in the quarter').fill('$600k');
		await field(page, 'Sales and marketing spend, the quarter before').fill('1M');
		await page.getByRole('button', { name: 'Check our figures' }).click();

		const magic = verdict(page, 'Magic Number: 0.6');
		await expect(magic).toContainText('Worked out from your quarter’s two amounts.');
		await expect(magic).toContainText(
			'Clears Series A. Next bar to clear: Series B (>0.75), 0.15 short.',
		);
	});

	test('an absurd figure gets a message beside its field, and no result at all', async ({
		page,
	}) => {
		await page.goto(PATH);
		await field(page, 'Gross revenue retention (GRR)').fill('90');
		await field(page, 'Net revenue retention (NRR)').fill('5000');
		await page.getByRole('button', { name: 'Check our figures' }).click();

		const nrr = field(page, 'Net revenue retention (NRR)');
		await expect(nrr).toHaveAttribute('aria-invalid', 'true');
		await expect(nrr).toHaveAccessibleDescription(
			/^NRR above 300% is far beyond any published figure/,
		);
		await expect(page.locator('#nrr-message')).toBeVisible();
		await expect(nrr).toBeFocused();

		await expect(result(page).getByRole('heading', { level: 3 })).toHaveCount(0);
		await expect(result(page)).toHaveText(/Check the figure marked above: no result is shown/);
	});

	test.describe('each kind of bad input is refused beside its field', () => {
		const cases = [
			['Growth rate', 'fast', /^Write a percentage/],
			['Gross revenue retention (GRR)', '104', /cannot be above 100%/],
			['CAC payback', '-3', /more than 0 months/],
			['LTV:CAC', '3:2', /^Write a ratio/],
			['Magic Number', '40', /above 10 is beyond any real quarter/],
			['Net new ARR in the quarter', '500k', /Enter last quarter’s sales and marketing spend too/],
		] as const;

		for (const [label, text, message] of cases) {
			test(`${label}: ${text}`, async ({ page }) => {
				await page.goto(PATH);
				await field(page, label).fill(text);
				await field(page, label).press('Enter');

				// The two amounts go together: a missing one is the problem, shown on the other.
				const flagged =
					label === 'Net new ARR in the quarter'
						? field(page, 'Sales and marketing spend, the quarter before')
						: field(page, label);
				await expect(flagged).toHaveAttribute('aria-invalid', 'true');
				await expect(flagged).toHaveAccessibleDescription(message);
				await expect(result(page).getByRole('heading', { level: 3 })).toHaveCount(0);
			});
		}
	});

	test('an empty form asks for a figure', async ({ page }) => {
		await page.goto(PATH);
		await page.getByRole('button', { name: 'Check our figures' }).click();
		await expect(result(page)).toHaveText('Enter at least one figure.');
		await expect(page).toHaveURL(PATH);
	});

	test('does not scroll sideways, with results showing', async ({ page }) => {
		await page.goto(`${PATH}?growth-rate=60&nrr=104&cac-payback=30&net-new-arr=600k&sm-spend=1M`);
		await expect(result(page).getByRole('heading', { level: 3 })).toHaveCount(4);

		const { scrollWidth, clientWidth } = await documentWidth(page);
		expect(scrollWidth, `document width at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
	});
});

test.describe('Benchmark check without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('says the check needs JavaScript and shows the bars to compare with instead', async ({
		page,
	}) => {
		await page.goto(`${PATH}?nrr=104`);

		await expect(page.getByText('The check needs JavaScript')).toBeVisible();
		await expect(page.locator('form[data-benchmark-check]')).toBeHidden();
		const bars = page.getByRole('table', { name: 'Series benchmarks' });
		await expect(bars.getByRole('row', { name: /NRR 100%\+ 105%\+ 110%\+/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'What each field accepts' })).toBeVisible();

		const { scrollWidth, clientWidth } = await documentWidth(page);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	});
});
