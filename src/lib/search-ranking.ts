/**
 * How Pagefind ranks results on this site, passed to `pagefind.options()` by the search
 * script and by the search benchmark, so both rank alike. Each value was chosen by running
 * the query table in tests/e2e/search-queries.spec.ts; change one only with that table green.
 */
export const SEARCH_RANKING = {
	/**
	 * Matches in these metadata fields add to a result's score, on top of its text. A title
	 * must beat a passing mention, and a playbook's number must find it: "29" is playbook 29
	 * before it is a figure in some table. `aka` holds the other names of the glossary terms
	 * a title uses, so "net revenue retention" finds "NRR" as if the title said so.
	 */
	metaWeights: { title: 8, number: 10, aka: 6, context: 1 },
};

/** Words Pagefind quotes around a match in each result. */
export const EXCERPT_WORDS = 18;
