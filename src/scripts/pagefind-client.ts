import { pagefindScript } from '../lib/search-bundle';
import { EXCERPT_WORDS, SEARCH_RANKING } from '../lib/search-ranking';

/** The part of Pagefind's browser API the search dialog uses (pagefind.app/docs/api/). */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	/** Loads the filter index: searches report counts by filter value only once it is. */
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(query: string, options?: SearchOptions): Promise<void>;
	search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

export interface SearchOptions {
	filters?: Record<string, string>;
}

export interface SearchResponse {
	results: SearchHit[];
	/** Results for the query before any filter. */
	unfilteredResultCount: number;
	/** Result counts by filter value for the query, before any filter. */
	totalFilters: Record<string, Record<string, number>>;
}

export interface SearchHit {
	id: string;
	data(): Promise<HitData>;
}

export interface HitData {
	/** With the site's base path. */
	url: string;
	/** HTML: Pagefind escapes the text and wraps matches in <mark>. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

/**
 * Loads Pagefind and its index for the site at `base` (Astro's BASE_URL, e.g. "/gtm-os/").
 * The index keeps addresses without the base, and Pagefind adds `baseUrl` to every result,
 * so the same index serves the site at any path.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
	const pagefind: Pagefind = await import(/* @vite-ignore */ pagefindScript(base));
	await pagefind.options({
		baseUrl: base,
		ranking: SEARCH_RANKING,
		excerptLength: EXCERPT_WORDS,
		// On the main thread: a search here takes a few milliseconds, and a worker would cost
		// another 12 KB script to fetch before the first result.
		noWorker: true,
	});
	await pagefind.init();
	return pagefind;
}
