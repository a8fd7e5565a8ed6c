import { ALIASES_META, CONTEXT_META, MENTIONS_META, NUMBER_META } from './search-meta';

/**
 * How Pagefind ranks results on this site, passed to `pagefind.options()` by the search
 * script and by the search benchmark, so both rank alike. The values were chosen by running
 * the query table in tests/e2e/search-queries.desktop.spec.ts; change one only with that table green.
 */
export const SEARCH_RANKING = {
	/**
	 * Matches in these metadata fields add to a result's score, on top of its text. A title
	 * must beat a passing mention, and a playbook's number must find it: "29" is playbook 29
	 * before it is a figure in some table. The other names of a title's terms count almost as
	 * much as the title; those of terms the text only mentions, little.
	 */
	metaWeights: {
		title: 8,
		[NUMBER_META]: 10,
		[ALIASES_META]: 6,
		[MENTIONS_META]: 0.5,
		[CONTEXT_META]: 1,
	},
};

/** Words Pagefind quotes around a match in each result. */
export const EXCERPT_WORDS = 18;
