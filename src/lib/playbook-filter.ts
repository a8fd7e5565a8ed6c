/**
 * The playbook index's filters, kept in the address (e.g. "?function=sales&stage=scale") so a
 * filtered list can be shared. Pure, so the browser script and the tests use the same rules.
 */
export const FILTER_KEYS = ['function', 'outcome', 'complexity', 'stage'] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

export type Filters = Partial<Record<FilterKey, string>>;

/** What a playbook offers to filter on: lists for multi-valued facets. */
export type Filterable = Record<FilterKey, readonly string[]>;

/**
 * Reads filters from a query string, keeping only known keys with allowed values, so a stale
 * or mistyped address shows the whole list rather than an empty one.
 */
export function readFilters(
	search: string,
	allowed: Record<FilterKey, readonly string[]>,
): Filters {
	const params = new URLSearchParams(search);
	const filters: Filters = {};

	for (const key of FILTER_KEYS) {
		const value = params.get(key);
		if (value && allowed[key].includes(value)) filters[key] = value;
	}

	return filters;
}

/** The query string for a set of filters, in a fixed order; empty when none is set. */
export function writeFilters(filters: Filters): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const value = filters[key];
		if (value) params.set(key, value);
	}

	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether a playbook passes every filter that is set. */
export function matchesFilters(playbook: Filterable, filters: Filters): boolean {
	return FILTER_KEYS.every((key) => {
		const wanted = filters[key];
		return !wanted || playbook[key].includes(wanted);
	});
}
