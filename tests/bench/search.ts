/**
 * Measures search on the built site: how big the index is, what a first search downloads,
 * and how long a reader waits from the key that completes a query to the first result on
 * screen, in headless Chromium. A benchmark, not a test: it reports, it never fails on a
 * number. Run it with `npm run bench:search` after `npm run build`; other scripts can import
 * `benchSearch` and `formatSearchReport`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gunzipSync } from 'node:zlib';

import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser.ts';
import { DIST_DIR, REPO_ROOT, assertSiteIsBuilt } from '../support/built-site.ts';
import { serveStatic } from '../support/static-server.ts';

export interface SearchBenchOptions {
	/** The built site; `dist/` by default. */
	site?: string;
	/** Runs per measurement; the report gives their median. */
	runs?: number;
	/** What the reader types, one query per run, in turn. */
	queries?: readonly string[];
}

/** A set of timings in milliseconds and their median. */
export interface Timing {
	median: number;
	runs: number[];
}

/** Files and their size as stored and as a host would send them with brotli. */
export interface Bytes {
	files: number;
	raw: number;
	brotli: number;
}

export interface SearchBenchReport {
	date: string;
	machine: string;
	/** Everything under pagefind/ in the built site. */
	index: Bytes;
	/** The scripts a page loads before search opens, and which of them is search's. */
	pageScripts: Bytes & { search: Bytes };
	/**
	 * What the first search downloads, from opening the dialog to its results: the run with
	 * the median total (and its query), and the largest of all runs.
	 */
	firstSearch: Bytes & { query: string; byKind: Record<string, Bytes>; largest: Bytes };
	/** Empty cache: the dialog opens and the query is typed at once, so loading counts. */
	cold: Timing;
	/** The same, from the key that opened the dialog. */
	coldFromOpen: Timing;
	/** Empty cache, but the pointer rested on the search button first, which starts loading. */
	afterHover: Timing;
	/** Pagefind and the index already loaded by an earlier query. */
	warm: Timing;
	/** The two ways of making acronyms and their expansions find each other, compared. */
	synonyms: SynonymCost;
}

export interface SynonymCost {
	/** Index-time (what the site does): other names stored as metadata with each record. */
	metadataBytes: Bytes;
	/** Query-time (the alternative): a map of every glossary name, sent to the browser. */
	mapBytes: Bytes;
	/** One search for an acronym, as the site runs it. */
	oneSearch: Timing;
	/** One search per name of the same term, as query-time expansion would run. */
	expandedSearch: Timing;
}

const QUERIES = [
	'territory',
	'NRR',
	'playbook 29',
	'health score',
	'closed won',
	'CPQ',
	'lead routing',
	'magic number',
	'churn',
	'onboarding',
];

/** Acronyms with several names, for the query-time expansion estimate. */
const EXPANDED = ['nrr', 'cw', 'abm', 'salesforce', 'grr'];

/** Runs the measurements; the site must be built already. */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchReport> {
	const site = options.site ?? DIST_DIR;
	const runs = options.runs ?? 7;
	const queries = options.queries ?? QUERIES;
	assertSiteIsBuilt(site);

	const server = await serveStatic(site, '/');
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS,
	});

	try {
		const cold = [];
		const hovered = [];
		for (let run = 0; run < runs; run += 1) {
			const query = queries[run % queries.length];
			cold.push(await coldRun(browser, site, server.url, query));
			hovered.push((await coldRun(browser, site, server.url, query, { hoverFirst: true })).fromKey);
		}
		const bySize = [...cold].sort((a, b) => sum(a.searchFiles).brotli - sum(b.searchFiles).brotli);
		const median = bySize[Math.floor(bySize.length / 2)];

		return {
			date: new Date().toISOString().slice(0, 10),
			machine: `${cpus().length} cores, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
			index: folderBytes(join(site, 'pagefind')),
			pageScripts: {
				...sum(median.pageScripts),
				search: sum(median.pageScripts.filter(isSearchScript)),
			},
			firstSearch: {
				...sum(median.searchFiles),
				query: median.query,
				byKind: byKind(median.searchFiles),
				largest: sum(bySize[bySize.length - 1].searchFiles),
			},
			cold: timing(cold.map((run) => run.fromKey)),
			coldFromOpen: timing(cold.map((run) => run.fromOpen)),
			afterHover: timing(hovered),
			warm: await warmRuns(browser, server.url, queries, runs),
			synonyms: await synonymCost(browser, server.url, site, runs),
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

interface Fetched {
	url: string;
	body: Buffer;
}

/**
 * One search with an empty cache: load a page, open search, type, wait for results. With
 * `hoverFirst`, the pointer rests on the button until what that starts loading has loaded.
 */
async function coldRun(
	browser: Browser,
	site: string,
	url: string,
	query: string,
	{ hoverFirst = false } = {},
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched: Fetched[] = [];
	// Sizes come from the files served, read from disk: asking the browser for each body
	// would slow the page being timed. Compressing waits until the timing is done.
	page.on('requestfinished', (request) => {
		const file = fileServed(site, request.url());
		if (file) fetched.push({ url: request.url(), body: readFileSync(file) });
	});

	await page.goto(url);
	await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
	await page.waitForFunction(
		() => !document.querySelector('[data-search-open]')?.hasAttribute('disabled'),
	);
	await page.waitForLoadState('networkidle');
	const pageScripts = fetched.filter((file) => file.url.endsWith('.js'));
	const before = fetched.length;

	if (hoverFirst) {
		// The filter index is the last thing loading Pagefind fetches.
		const loaded = page.waitForResponse((response) => response.url().endsWith('.pf_filter'));
		await page.getByRole('button', { name: 'Search', exact: true }).hover();
		await loaded;
	}

	await watchForResults(page, query);
	await page.keyboard.press('/');
	await page.keyboard.type(query);
	const result = await resultTimes(page);
	await quiet(fetched);
	const searchFiles = fetched.slice(before);

	await context.close();
	return { ...result, query, pageScripts, searchFiles };
}

/** The file under `site` that the static server answers `url` with, if any. */
function fileServed(site: string, url: string): string | undefined {
	const path = decodeURIComponent(new URL(url).pathname);
	const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
	return existsSync(file) ? file : undefined;
}

/** Waits until no response has come in for a while, so the list of what was fetched is whole. */
async function quiet(fetched: readonly unknown[], ms = 300) {
	let count = -1;
	while (count !== fetched.length) {
		count = fetched.length;
		await new Promise((resolve) => setTimeout(resolve, ms));
	}
}

/** Later searches on one page, each for a new query: Pagefind is loaded, index parts may not be. */
async function warmRuns(browser: Browser, url: string, queries: readonly string[], runs: number) {
	const page = await browser.newPage();
	await page.goto(url);
	await page.waitForFunction(
		() => !document.querySelector('[data-search-open]')?.hasAttribute('disabled'),
	);
	await page.keyboard.press('/');
	const box = page.getByRole('combobox', { name: /^Search/ });

	// A first search loads Pagefind; it is the cold case, measured above.
	await watchForResults(page, 'stage');
	await page.keyboard.type('stage');
	await resultTimes(page);

	const times = [];
	for (let run = 0; run < runs; run += 1) {
		const query = queries[(run + 1) % queries.length];
		await box.fill('');
		await watchForResults(page, query);
		await page.keyboard.type(query);
		times.push((await resultTimes(page)).fromKey);
	}
	await page.close();
	return timing(times);
}

/**
 * Notes when each key goes down, and when the first result for `query` reaches the screen:
 * the frame after the dialog's status line names the query and a result is in the list.
 */
async function watchForResults(page: Page, query: string) {
	await page.evaluate((query) => {
		const state = { keys: [] as number[], shown: 0 };
		(window as unknown as { bench: typeof state }).bench = state;
		document.addEventListener('keydown', () => state.keys.push(performance.now()), {
			capture: true,
		});

		const status = document.querySelector('[data-search-status]')!;
		const observer = new MutationObserver(() => {
			const done = status.textContent?.includes(`“${query}”`);
			if (!done || !document.querySelector('[data-search-results] [role="option"]')) return;
			observer.disconnect();
			requestAnimationFrame(() => (state.shown = performance.now()));
		});
		observer.observe(status, { childList: true, characterData: true, subtree: true });
	}, query);
}

async function resultTimes(page: Page) {
	await page.waitForFunction(
		() => (window as unknown as { bench: { shown: number } }).bench.shown > 0,
	);
	const { keys, shown } = await page.evaluate(
		() => (window as unknown as { bench: { keys: number[]; shown: number } }).bench,
	);
	return { fromKey: shown - keys[keys.length - 1], fromOpen: shown - keys[0] };
}

/**
 * What each way of matching synonyms costs. Index-time: the bytes of the `aka` and `mentions`
 * metadata in the result fragments (fetched only for results shown). Query-time: a map of all
 * glossary names for the browser, and a search per name instead of one.
 */
async function synonymCost(browser: Browser, url: string, site: string, runs: number) {
	const glossary = JSON.parse(
		readFileSync(join(REPO_ROOT, 'content/glossary.json'), 'utf8'),
	) as Array<{
		id: string;
		term: string;
		expansion?: string;
		aliases: string[];
	}>;
	const names = Object.fromEntries(
		glossary.map((term) => [term.id, [term.term, term.expansion, ...term.aliases].filter(Boolean)]),
	);
	const map = Buffer.from(JSON.stringify(names));

	const page = await browser.newPage();
	await page.goto(url);
	const searches = await page.evaluate(
		async ({ groups, runs }) => {
			const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
			await pagefind.init();
			const time = async (queries: string[]) => {
				const start = performance.now();
				for (const query of queries) {
					const search = await pagefind.search(query);
					await Promise.all(
						search.results.slice(0, 10).map((hit: { data(): unknown }) => hit.data()),
					);
				}
				return performance.now() - start;
			};
			const one: number[] = [];
			const expanded: number[] = [];
			for (let run = 0; run < runs; run += 1) {
				for (const names of groups) {
					one.push(await time([names[0]]));
					expanded.push(await time(names));
				}
			}
			return { one, expanded };
		},
		{ groups: EXPANDED.map((id) => names[id] as string[]), runs },
	);
	await page.close();

	return {
		metadataBytes: aliasMetadataBytes(join(site, 'pagefind', 'fragment')),
		mapBytes: { files: 1, raw: map.length, brotli: compressed(map) },
		oneSearch: timing(searches.one),
		expandedSearch: timing(searches.expanded),
	};
}

/** The `aka` and `mentions` metadata across all result fragments, as stored and compressed. */
function aliasMetadataBytes(folder: string): Bytes {
	const values = readdirSync(folder).flatMap((name) => {
		// A fragment is gzipped "pagefind_dcd" followed by the record's JSON.
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		const meta = JSON.parse(text.slice(text.indexOf('{'))).meta as Record<string, string>;
		return [meta.aka, meta.mentions].filter(Boolean);
	});
	const all = Buffer.from(values.join('\n'));
	return { files: values.length, raw: all.length, brotli: compressed(all) };
}

function folderBytes(folder: string): Bytes {
	const files = walk(folder).map((file) => readFileSync(file));
	return {
		files: files.length,
		raw: files.reduce((total, file) => total + file.length, 0),
		brotli: files.reduce((total, file) => total + compressed(file), 0),
	};
}

function walk(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const full = join(folder, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

const sizes = new WeakMap<Buffer, number>();

/** Pagefind's index files are gzipped already; a host sends them as they are. */
function compressed(body: Buffer): number {
	if (!sizes.has(body)) sizes.set(body, Math.min(body.length, brotliCompressSync(body).length));
	return sizes.get(body)!;
}

const isSearchScript = (file: Fetched) => /search/i.test(new URL(file.url).pathname);

const sum = (files: readonly Fetched[]): Bytes => ({
	files: files.length,
	raw: files.reduce((total, file) => total + file.body.length, 0),
	brotli: files.reduce((total, file) => total + compressed(file.body), 0),
});

/** Files by what they are: Pagefind's script, its WebAssembly, index parts, our script. */
function byKind(files: readonly Fetched[]): Record<string, Bytes> {
	const kindOf = (url: string) => {
		const name = new URL(url).pathname.split('/').pop() ?? '';
		if (name.endsWith('.pf_fragment')) return 'result fragments';
		if (name.endsWith('.pf_index') || name.endsWith('.pf_filter')) return 'index and filter chunks';
		if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'index metadata';
		if (name.startsWith('wasm.')) return 'Pagefind WebAssembly';
		if (name.startsWith('pagefind')) return 'Pagefind scripts';
		return 'site scripts';
	};
	const groups = new Map<string, Fetched[]>();
	for (const file of files)
		groups.set(kindOf(file.url), [...(groups.get(kindOf(file.url)) ?? []), file]);
	return Object.fromEntries([...groups].map(([kind, list]) => [kind, sum(list)]));
}

function timing(runs: number[]): Timing {
	const sorted = [...runs].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median: round(median), runs: runs.map(round) };
}

const round = (value: number) => Math.round(value * 10) / 10;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const size = ({ files, raw, brotli }: Bytes) =>
	`${kb(brotli)} brotli, ${kb(raw)} raw, ${files} file${files === 1 ? '' : 's'}`;

/** The report as lines of text, for a terminal or the README. */
export function formatSearchReport(report: SearchBenchReport): string {
	const { synonyms } = report;
	return [
		`Search benchmark, ${report.date}, ${report.machine}, headless Chromium`,
		`  index (pagefind/):            ${size(report.index)}`,
		`  scripts on every page:        ${size(report.pageScripts)}`,
		`    of which search's:          ${size(report.pageScripts.search)}`,
		`  first search downloads:       ${size(report.firstSearch)} ("${report.firstSearch.query}")`,
		...Object.entries(report.firstSearch.byKind).map(
			([kind, bytes]) => `    ${`${kind}:`.padEnd(28)}${size(bytes)}`,
		),
		`    largest of the runs:        ${size(report.firstSearch.largest)}`,
		`  key to first result, cold:    ${report.cold.median} ms median (${report.cold.runs.join(', ')})`,
		`    from the key that opened:   ${report.coldFromOpen.median} ms median`,
		`    after a hover on the button: ${report.afterHover.median} ms median`,
		`  key to first result, warm:    ${report.warm.median} ms median (${report.warm.runs.join(', ')})`,
		'  synonyms at index time (the site):',
		`    metadata in fragments:      ${size(synonyms.metadataBytes)}, fetched with shown results only`,
		`    one search:                 ${synonyms.oneSearch.median} ms median`,
		'  synonyms at query time (not used):',
		`    map of names to send:       ${size(synonyms.mapBytes)}, on every first search`,
		`    a search per name:          ${synonyms.expandedSearch.median} ms median`,
	].join('\n');
}

if (import.meta.main) {
	const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || undefined;
	const report = await benchSearch({ runs });
	console.log(formatSearchReport(report));
	console.log(`\n(site: ${relative(process.cwd(), DIST_DIR) || '.'})`);
}
