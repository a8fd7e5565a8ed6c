/**
 * The metadata keys of the search records, shared by the index (at build time) and the search
 * dialog (in the browser). Pagefind searches every key and boosts matches by the weights in
 * search-ranking.ts; only `title` and `context` are shown.
 */

/** Where the record sits, shown after its title, e.g. "Sales Processes" for a matrix row. */
export const CONTEXT_META = 'context';

/** A playbook's number, e.g. "29". */
export const NUMBER_META = 'number';

/**
 * The other names of the glossary terms a record's title uses: "Net revenue retention" for a
 * title with "NRR". Ranked almost like the title itself.
 */
export const ALIASES_META = 'aka';

/**
 * The other names of the terms only its text uses, ranked low. Metadata is searched but never
 * quoted in an excerpt, so added names do not show up as if the page said them.
 */
export const MENTIONS_META = 'mentions';

/** Between names in those keys; names hold commas ("Configure, price, quote"), never this. */
export const NAME_SEPARATOR = '; ';
