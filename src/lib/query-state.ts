/**
 * A tool's state in the address, so a result can be shared or bookmarked: each field's text
 * as typed, under the field's id (e.g. "?arr=1.5M&headcount=12"). The text, not the number,
 * goes in, so opening the address shows the same form, problems and all.
 */

/** Each key's text in a query string; '' for a key that is not there. */
export function readQuery<Key extends string>(
	search: string,
	keys: readonly Key[],
): Record<Key, string> {
	const params = new URLSearchParams(search);
	return Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<Key, string>;
}

/** The query string for the fields that are filled, in the keys' order; '' when none is. */
export function writeQuery<Key extends string>(
	values: Partial<Record<Key, string>>,
	keys: readonly Key[],
): string {
	const params = new URLSearchParams();
	for (const key of keys) {
		const value = values[key]?.trim();
		if (value) params.set(key, value);
	}

	const query = params.toString();
	return query ? `?${query}` : '';
}
