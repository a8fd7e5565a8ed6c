/**
 * The acronyms and camel-cased names a text uses ("CRM", "SDRs", "RevOps", "B2B"): its words
 * with two capital letters or more. A plural "s" after capitals is dropped, so "SDRs" is "SDR".
 */
export function acronymsIn(text: string): string[] {
	const words = text.match(/[A-Za-z0-9]+/g) ?? [];
	const found = words
		.filter((word) => (word.match(/[A-Z]/g) ?? []).length >= 2)
		.map((word) => word.replace(/^([A-Z0-9]+[A-Z])s$/, '$1'));

	return [...new Set(found)];
}

/** Every string inside a value (object fields, list items), for scanning content as text. */
export function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}
