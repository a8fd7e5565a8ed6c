import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { playbookUrl, processRowUrl } from '../../src/lib/urls.ts';
import { REPO_ROOT } from '../support/built-site.ts';
import { openSearch, search, searchResults } from '../support/search.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** Where a host might put the site; every address must carry it. */
const BASE = '/gtm-os/';

/** An address of the site as it is at `BASE` (urls.ts gives them for the root). */
const underBase = (url: string) => `${BASE.slice(0, -1)}${url}`;

test.describe('Search on a site deployed under a sub-path', () => {
	test.describe.configure({ mode: 'serial' });

	let folder: string | undefined;
	let server: StaticServer | undefined;

	test.beforeAll(async ({}, testInfo) => {
		test.skip(
			testInfo.project.name !== 'desktop',
			'One build under a base path covers both sizes.',
		);
		// A second build of the whole site, into a folder of its own.
		testInfo.setTimeout(300_000);

		folder = mkdtempSync(join(tmpdir(), 'gtm-os-base-'));
		execFileSync('npm', ['run', 'build', '--', '--base', BASE, '--outDir', folder], {
			cwd: REPO_ROOT,
			stdio: 'pipe',
		});
		server = await serveStatic(folder, BASE);
	});

	test.afterAll(async () => {
		await server?.close();
		if (folder) rmSync(folder, { recursive: true, force: true });
	});

	test('loads the index from under the base and opens results there', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

		await page.goto(server!.url);
		await openSearch(page);
		await search(page, 'multi-geo');

		const row = underBase(processRowUrl('sales/territory-design'));
		await expect(searchResults(page).first()).toHaveAttribute('href', row);

		const index = fetched.filter((path) => path.includes('/pagefind/'));
		expect(index.length, 'the index was fetched').toBeGreaterThan(0);
		expect(index.filter((path) => !path.startsWith(`${BASE}pagefind/`))).toEqual([]);

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new URL(row, server!.url).href);
		await expect(page.locator('[id="territory-design"]')).toBeInViewport();
	});

	test('finds a playbook by its number, at its address under the base', async ({ page }) => {
		await page.goto(server!.url);
		await openSearch(page);
		await search(page, '29');

		await expect(searchResults(page).first()).toHaveAttribute(
			'href',
			underBase(playbookUrl('cpq-implementation')),
		);
	});
});
