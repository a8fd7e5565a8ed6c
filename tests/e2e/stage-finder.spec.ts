import { expect, test, type Page } from '@playwright/test';

import { documentWidth } from '../support/layout.ts';

const PATH = '/tools/stage-finder/';

const arrField = (page: Page) => page.getByLabel('ARR', { exact: true });
const headcountField = (page: Page) => page.getByLabel('Headcount', { exact: true });
const result = (page: Page) => page.locator('[data-stage-result]');

test.describe('Which stage are we?', () => {
	test('answers from the keyboard, keeps the figures in the address, and the address agrees', async ({
		page,
		context,
	}) => {
		await page.goto(PATH);
		await expect(page.getByText('The finder needs JavaScript')).toBeHidden();

		await arrField(page).focus();
		await page.keyboard.type('$1.5M');
		await page.keyboard.press('Tab');
		await expect(headcountField(page)).toBeFocused();
		await page.keyboard.type('45');
		await page.keyboard.press('Enter');

		await expect(result(page)).toContainText('You are at the Stabilize stage.');
		await expect(result(page)).toContainText('ARR of $1,500,000 is in its band, $1-5M.');
		await expect(result(page)).toContainText(
			'Your headcount alone would say Scale (30-80 people), but ARR decides.',
		);
		await expect(
			result(page).getByRole('link', { name: 'What to run and measure at Stabilize' }),
		).toHaveAttribute('href', '/stages/stabilize/');
		await expect(page).toHaveURL(`${PATH}?arr=%241.5M&headcount=45`);

		const shared = await context.newPage();
		await shared.goto(page.url());
		await expect(arrField(shared)).toHaveValue('$1.5M');
		await expect(headcountField(shared)).toHaveValue('45');
		await expect(result(shared)).toHaveText((await result(page).textContent())!);
	});

	test('puts $1M exactly at Stabilize, and a company of 10 there too', async ({ page }) => {
		await page.goto(`${PATH}?arr=1M`);
		await expect(result(page)).toContainText('You are at the Stabilize stage.');

		await page.goto(`${PATH}?arr=999,999&headcount=10`);
		await expect(result(page)).toContainText('You are at the Build stage.');
		await expect(result(page)).toContainText('Your headcount alone would say Stabilize');
	});

	test('places by headcount alone, and says ARR would decide', async ({ page }) => {
		await page.goto(PATH);
		await headcountField(page).fill('120');
		await page.getByRole('button', { name: 'Find our stage' }).click();

		await expect(result(page)).toContainText('You are at the Optimize stage.');
		await expect(result(page)).toContainText('when it is given, ARR decides');
		await expect(page).toHaveURL(`${PATH}?headcount=120`);
	});

	test('a figure it cannot read gets a message beside its field, and no answer', async ({
		page,
	}) => {
		await page.goto(PATH);
		await arrField(page).fill('about a million');
		await headcountField(page).fill('0');
		await page.getByRole('button', { name: 'Find our stage' }).click();

		await expect(arrField(page)).toHaveAttribute('aria-invalid', 'true');
		await expect(arrField(page)).toHaveAccessibleDescription(
			/^Write an amount in dollars, such as 1\.5M/,
		);
		await expect(page.locator('#arr-message')).toBeVisible();
		await expect(headcountField(page)).toHaveAccessibleDescription(
			/^A company has at least one person/,
		);
		await expect(arrField(page)).toBeFocused();

		await expect(result(page)).not.toContainText('You are at');
		await expect(result(page)).toHaveText(
			'Check the figures marked above: the finder gives no answer until they read.',
		);

		// Fixed, the messages go and the answer comes.
		await arrField(page).fill('20M');
		await headcountField(page).fill('150');
		await page.keyboard.press('Enter');
		await expect(arrField(page)).not.toHaveAttribute('aria-invalid');
		await expect(page.locator('#arr-message')).toBeHidden();
		await expect(result(page)).toContainText('You are at the Optimize stage.');
	});

	test('an address with a bad figure opens with its message', async ({ page }) => {
		await page.goto(`${PATH}?arr=-5M`);
		await expect(arrField(page)).toHaveAccessibleDescription(/cannot be below zero/);
		await expect(result(page)).not.toContainText('You are at');
	});

	test('clearing empties the form, the answer and the address', async ({ page }) => {
		await page.goto(`${PATH}?arr=3M`);
		await expect(result(page)).toContainText('Stabilize');

		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(arrField(page)).toHaveValue('');
		await expect(result(page)).toBeEmpty();
		await expect(page).toHaveURL(PATH);
	});

	test('does not scroll sideways, with an answer showing', async ({ page }) => {
		await page.goto(`${PATH}?arr=1,500,000&headcount=45`);
		await expect(result(page)).toContainText('Stabilize');

		const { scrollWidth, clientWidth } = await documentWidth(page);
		expect(scrollWidth, `document width at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
	});
});

test.describe('Which stage are we? without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('says the finder needs JavaScript and shows the bands to read instead', async ({ page }) => {
		await page.goto(`${PATH}?arr=1.5M`);

		await expect(page.getByText('The finder needs JavaScript')).toBeVisible();
		await expect(page.locator('form[data-stage-finder]')).toBeHidden();
		const bands = page.getByRole('table', { name: 'Stages by ARR and headcount' });
		await expect(bands.getByRole('row')).toHaveCount(6);
		await expect(bands.getByRole('row', { name: /Stabilize \$1-5M 10-30/ })).toBeVisible();
		await expect(page.getByText(/exactly \$1M of ARR is at Stabilize/)).toBeVisible();

		const { scrollWidth, clientWidth } = await documentWidth(page);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	});
});
