import { expect, test, type Page } from '@playwright/test';

import {
	glossaryUrl,
	playbooksUrl,
	playbookUrl,
	processRowUrl,
	termUrl,
} from '../../src/lib/urls.ts';
import { expectNoA11yViolations } from '../support/axe.ts';
import {
	openSearch,
	search,
	searchBox,
	searchButton,
	searchDialog,
	searchResults,
	searchStatus,
	topResultUrls,
} from '../support/search.ts';

test.describe('Search', () => {
	test('finds the CPQ Implementation playbook and opens it', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'CPQ');

		const result = searchResults(page).filter({ hasText: 'CPQ Implementation' });
		await expect(result).toHaveAttribute('href', playbookUrl('cpq-implementation'));
		await expect(result).toContainText('Playbook 29');

		await result.click();
		await expect(page).toHaveURL(playbookUrl('cpq-implementation'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPQ Implementation');
	});

	test('each result says what it is', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'CPQ');

		const kinds = await searchResults(page).locator('.result-kind').allTextContents();
		expect(kinds).toEqual(
			expect.arrayContaining(['Process', 'Glossary term', 'Matrix row', 'Playbook 29']),
		);

		// The kind is part of each result's accessible name, not only its look.
		const row = searchResults(page).filter({ hasText: 'Matrix row' }).first();
		await expect(row).toHaveAccessibleName(/^Matrix row CPQ/);
	});

	test('says how many results there are, in a polite live region', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'territory');

		const count = await searchResults(page).count();
		const status = searchStatus(page);
		await expect(status).toHaveText(/^\d+ results for “territory”\.$/);
		// role=status is a polite live region; more results than shown are behind "Show more".
		const said = Number((await status.textContent())!.match(/^\d+/)![0]);
		expect(said).toBeGreaterThanOrEqual(count);
	});

	test('a kind narrows the results to that kind, with its count', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'territory');

		const kinds = searchDialog(page).getByRole('group', { name: 'Show only' });
		const rows = kinds.getByRole('button', { name: /^Matrix row \(\d+\)$/ });
		const count = Number((await rows.textContent())!.match(/\((\d+)\)/)![1]);
		await rows.click();

		await expect(rows).toHaveAttribute('aria-pressed', 'true');
		await expect(searchStatus(page)).toHaveText(
			`${count === 1 ? '1 result' : `${count} results`} of kind Matrix row for “territory”.`,
		);
		await expect(searchResults(page)).toHaveCount(count);
		for (const kind of await searchResults(page).locator('.result-kind').allTextContents()) {
			expect(kind).toBe('Matrix row');
		}

		await kinds.getByRole('button', { name: /^All/ }).click();
		expect(await searchResults(page).locator('.result-kind').allTextContents()).toContain(
			'Process',
		);
	});

	test('a title match comes before a passing mention', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);

		for (const query of ['onboarding', 'renewal', 'forecast', 'territory']) {
			await search(page, query);
			const titles = await searchResults(page).locator('.result-title').allTextContents();
			const named = titles.map((title) => title.toLowerCase().includes(query));
			const firstMention = named.indexOf(false);
			expect(
				firstMention === -1 ? [] : named.slice(firstMention),
				`"${query}": results named after it come first, in ${titles.join(' | ')}`,
			).not.toContain(true);
		}
	});

	test('the arrow keys move the active result, and Enter opens it', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'territory');

		const box = searchBox(page);
		const results = searchResults(page);
		const active = async () => {
			const id = await box.getAttribute('aria-activedescendant');
			return id ? page.locator(`[id="${id}"]`) : null;
		};

		await expect(box).not.toHaveAttribute('aria-activedescendant');
		await page.keyboard.press('ArrowDown');
		await expect(results.nth(0)).toHaveAttribute('aria-selected', 'true');
		expect(await (await active())!.getAttribute('href')).toBe(
			await results.nth(0).getAttribute('href'),
		);

		await page.keyboard.press('ArrowDown');
		await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(results.nth(0)).toHaveAttribute('aria-selected', 'false');

		await page.keyboard.press('ArrowUp');
		await expect(results.nth(0)).toHaveAttribute('aria-selected', 'true');
		// Focus never leaves the search box: the listbox is driven from it.
		await expect(box).toBeFocused();

		const href = await results.nth(0).getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(href!);
	});

	test('Enter on a matrix row lands on its anchor, with the row in view and marked', async ({
		page,
	}) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'multi-geo');

		const target = processRowUrl('sales/territory-design');
		await pressDownTo(page, target);
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL(target);
		const row = page.locator('[id="territory-design"]');
		await expect(row).toBeInViewport();
		await expect(row).toHaveClass(/\bis-linked\b/);
	});

	test('a glossary term on the page already open is scrolled to and marked', async ({ page }) => {
		await page.goto(glossaryUrl());
		await openSearch(page);
		await search(page, 'MEDDPICC');

		await pressDownTo(page, termUrl('meddpicc'));
		await page.keyboard.press('Enter');

		await expect(searchDialog(page)).toBeHidden();
		const entry = page.locator('[id="meddpicc"]');
		await expect(entry).toBeInViewport();
		await expect(entry).toHaveClass(/\bis-linked\b/);
	});

	test('Ctrl+K opens and closes it; Escape closes it and gives focus back to the button', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(searchButton(page)).toBeEnabled();

		await page.keyboard.press('Control+k');
		await expect(searchDialog(page)).toBeVisible();
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.press('Control+k');
		await expect(searchDialog(page)).toBeHidden();

		await page.keyboard.press('Control+k');
		await page.keyboard.press('Escape');
		await expect(searchDialog(page)).toBeHidden();
		await expect(searchButton(page)).toBeFocused();
	});

	test('"/" opens it, but types a slash in any other text field', async ({ page }) => {
		await page.goto('/');
		await expect(searchButton(page)).toBeEnabled();

		await page.keyboard.press('/');
		await expect(searchDialog(page)).toBeVisible();
		await expect(searchBox(page)).toBeFocused();
		// In the search box itself, "/" is a character like any other.
		await page.keyboard.press('/');
		await expect(searchBox(page)).toHaveValue('/');
		await page.keyboard.press('Escape');

		// A field of the reader's own: a text box added to the page for this test.
		await page.getByRole('main').evaluate((main) => {
			const field = document.createElement('input');
			field.setAttribute('aria-label', 'Notes');
			main.prepend(field);
		});
		await page.getByRole('textbox', { name: 'Notes' }).focus();
		await page.keyboard.press('/');
		await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('/');
		await expect(searchDialog(page)).toBeHidden();
	});

	test('a search with no results says so and offers the playbooks and the glossary', async ({
		page,
	}) => {
		await page.goto('/');
		await openSearch(page);
		await search(page, 'zzxqv');

		await expect(searchStatus(page)).toHaveText('No results for “zzxqv”.');
		await expect(searchResults(page)).toHaveCount(0);
		const dialog = searchDialog(page);
		await expect(dialog.getByRole('link', { name: 'the playbook index' })).toHaveAttribute(
			'href',
			playbooksUrl(),
		);
		await expect(dialog.getByRole('link', { name: 'the glossary' })).toHaveAttribute(
			'href',
			glossaryUrl(),
		);
	});

	test('the search box has a label of its own, not only a placeholder', async ({ page }) => {
		await page.goto('/');
		await openSearch(page);

		const box = searchBox(page);
		const id = await box.getAttribute('id');
		await expect(page.locator(`label[for="${id}"]`)).toBeVisible();
		await expect(box).not.toHaveAttribute('placeholder');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`passes axe with results showing, in the ${theme} theme`, async ({ page }) => {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

			await openSearch(page);
			await search(page, 'territory');
			await page.keyboard.press('ArrowDown');

			await expectNoA11yViolations(page, `search with results (${theme})`);
		});
	}
});

test.describe('Search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header offers the playbook index and says search needs JavaScript', async ({
		page,
	}) => {
		await page.goto('/');

		await expect(searchButton(page)).toBeHidden();
		const fallback = page.getByRole('link', { name: /Search needs JavaScript/ });
		await expect(fallback).toBeVisible();
		await expect(fallback).toHaveAttribute('href', playbooksUrl());
	});
});

/** Moves the active result down until it is the one at `url`; fails if it is not listed. */
async function pressDownTo(page: Page, url: string) {
	const urls = await topResultUrls(page, Infinity);
	const position = urls.indexOf(url);
	expect(position, `${url} is among the results: ${urls.join(', ')}`).toBeGreaterThanOrEqual(0);

	for (let step = 0; step <= position; step += 1) await page.keyboard.press('ArrowDown');
	await expect(searchResults(page).nth(position)).toHaveAttribute('aria-selected', 'true');
}
