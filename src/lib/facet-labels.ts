import type { FACETS } from '../schemas/playbook';

type FacetName = keyof typeof FACETS;

/** What each facet is called on the site. */
export const FACET_NAMES: Record<FacetName, string> = {
	function: 'Function',
	team: 'Team',
	outcome: 'Outcome',
	metric: 'Metric',
	complexity: 'Complexity',
};

/**
 * How facet values read on the site. The registry's values are ids ("revops", "win-rate");
 * acronyms keep their capitals and the rest read as words.
 */
const SPECIAL: Record<string, string> = {
	revops: 'RevOps',
	cs: 'Customer success',
	'revops-team': 'RevOps team',
	'cs-team': 'CS team',
	arr: 'ARR',
	cac: 'CAC',
	nrr: 'NRR',
	ltv: 'LTV',
};

export function facetLabel(value: string): string {
	const special = SPECIAL[value];
	if (special) return special;

	const words = value.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
