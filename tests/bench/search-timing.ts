import type { Browser, Locator, Page } from 'playwright-core';

export interface SearchTimings {
	/** Which code measured it: the site's own search bench, or ours for Starlight's search. */
	measuredBy: string;
	/**
	 * From the last keystroke to the first result on screen, debounce included, in ms: the first
	 * query on a freshly loaded page with an empty cache, so the index is fetched too.
	 */
	coldMs: number[];
	/** The same for a later query on the same page, once the index is loaded. */
	warmMs: number[];
	/** What the first query made the browser download, in bytes as a host sends them. */
	firstQueryBytes: number[];
	median: { coldMs: number; warmMs: number; firstQueryBytes: number };
}

export interface SearchMeasureOptions {
	browser: Browser;
	/** The built site's folder. */
	distDir: string;
	/** Where `distDir` is served, e.g. "http://127.0.0.1:41234". */
	origin: string;
	runs: number;
	/** Bytes the server has sent so far, requests from workers included. */
	bytesSent: () => number;
}

/**
 * Queries whose words are in every page set the bench builds, ours and bare Starlight's. The
 * cold run uses one and the warm run the next, so a warm query is not answered from the
 * previous one's results.
 */
export const QUERIES = [
	'cpq',
	'churn',
	'territory',
	'pipeline',
	'renewal',
	'forecast',
	'onboarding',
];

/**
 * Times Starlight's own search (the Pagefind UI in Starlight's dialog), as a reader meets it:
 * a page loads, the reader opens search and types. Timing runs in the page: from the last
 * `input` event, debounce included, to the frame after the first result is in the DOM.
 */
export async function measureStarlightSearch(
	options: SearchMeasureOptions,
): Promise<SearchTimings> {
	const cold: number[] = [];
	const warm: number[] = [];
	const firstQueryBytes: number[] = [];

	for (let run = 0; run < options.runs; run++) {
		const first = QUERIES[run % QUERIES.length];
		const second = QUERIES[(run + 1) % QUERIES.length];
		const result = await withRetries(() => searchTwice(options, first, second));
		cold.push(result.cold);
		warm.push(result.warm);
		firstQueryBytes.push(result.bytes);
	}

	return {
		measuredBy: "tests/bench/search-timing.ts, for Starlight's Pagefind UI",
		coldMs: cold,
		warmMs: warm,
		firstQueryBytes,
		median: {
			coldMs: median(cold),
			warmMs: median(warm),
			firstQueryBytes: median(firstQueryBytes),
		},
	};
}

const RESULT = '.pagefind-ui__result';

/** One run: a cold query on a fresh page with an empty cache, then a warm one on that page. */
async function searchTwice(options: SearchMeasureOptions, first: string, second: string) {
	const context = await options.browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(`${options.origin}/`, { waitUntil: 'load' });
		const loaded = options.bytesSent();

		// The button is disabled until Starlight's search script has run.
		await page.locator('button[data-open-modal]:not([disabled])').click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor({ state: 'visible' });

		const cold = await timeQuery(page, input, first);
		const bytes = options.bytesSent() - loaded;

		await input.fill('');
		await page.locator(RESULT).first().waitFor({ state: 'detached' });
		const warm = await timeQuery(page, input, second);
		return { cold, warm, bytes };
	} finally {
		await context.close();
	}
}

/** A run that times out is run again, twice at most: a stuck page says nothing about speed. */
async function withRetries<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await run();
		} catch (error) {
			if (attempt >= attempts) throw error;
		}
	}
}

/** Types `query` into the search box and resolves with the time to its first result. */
async function timeQuery(page: Page, input: Locator, query: string): Promise<number> {
	await page.evaluate((selector) => {
		const target = window as unknown as { __firstResult?: Promise<number> };
		let lastInput = performance.now();
		document.addEventListener('input', () => (lastInput = performance.now()), { capture: true });

		target.__firstResult = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				if (!document.querySelector(selector)) return;
				observer.disconnect();
				requestAnimationFrame(() => resolve(performance.now() - lastInput));
			});
			observer.observe(document.body, { childList: true, subtree: true });
		});
	}, RESULT);

	// Focuses the box first: typing before the dialog has moved focus there would go nowhere.
	await input.pressSequentially(query);
	return within(
		10_000,
		page.evaluate(() => (window as unknown as { __firstResult: Promise<number> }).__firstResult),
		`No search result for "${query}" within 10 s`,
	);
}

async function within<T>(ms: number, promise: Promise<T>, message: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(message)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
