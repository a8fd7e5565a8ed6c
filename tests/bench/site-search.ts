import { benchSearch } from './search.ts';
import type { SearchMeasureOptions, SearchTimings } from './search-timing.ts';

/**
 * Times our site's search with its own bench (tests/bench/search.ts, `npm run bench:search`),
 * which knows its dialog: it serves the built site and drives its own Chromium. Bare Starlight's
 * search is timed by tests/bench/search-timing.ts instead. Both count from the key that completes
 * the query to the first result on screen, with an empty cache (cold) and with the index loaded
 * (warm). The first query's bytes are brotli sizes of the files it fetched, in the run with the
 * median total.
 */
export async function measureSiteSearch(options: SearchMeasureOptions): Promise<SearchTimings> {
	const report = await benchSearch({ site: options.distDir, runs: options.runs });

	return {
		measuredBy: 'tests/bench/search.ts, the search bench',
		coldMs: report.cold.runs,
		warmMs: report.warm.runs,
		firstQueryBytes: [report.firstSearch.brotli],
		median: {
			coldMs: report.cold.median,
			warmMs: report.warm.median,
			firstQueryBytes: report.firstSearch.brotli,
		},
	};
}
