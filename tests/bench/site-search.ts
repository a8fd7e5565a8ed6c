import { measureStarlightSearch } from './search-timing.ts';

/**
 * Times our site's search. The site still uses Starlight's search (Pagefind's UI in
 * Starlight's dialog), so this is the same code that times bare Starlight's. When the search
 * being built on branch `search` lands on main with its own bench (tests/bench/search.ts),
 * this calls that instead, since only it knows its dialog.
 */
export const measureSiteSearch = measureStarlightSearch;
