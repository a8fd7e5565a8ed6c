import { NOT_APPLICABLE } from '../schemas/cell';

/**
 * Turns content as Astro loaded it back into content as its files write it, for the open
 * data. Loading changed three things, and this undoes each wherever it appears:
 * - a reference became `{ id, collection }`: it is its id again;
 * - a matrix cell became `{ kind: 'text', text }` or `{ kind: 'not-applicable' }`: it is its
 *   text again, or "—";
 * - a lost value of "When Each Metric Matters" became `{ kind: 'unknown' }`: it is null again.
 * Everything else passes through. Each JSON endpoint checks its rows against the schema, so
 * a shape this misses stops the build rather than reaching a download.
 */
export function publishedForm(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(publishedForm);
	if (value === null || typeof value !== 'object') return value;

	const record = value as Record<string, unknown>;
	if (isReference(record)) return record.id;
	if (record.kind === 'text' && hasKeys(record, ['kind', 'text'])) return record.text;
	if (record.kind === 'not-applicable' && hasKeys(record, ['kind'])) return NOT_APPLICABLE;
	if (record.kind === 'unknown' && hasKeys(record, ['kind'])) return null;

	return Object.fromEntries(
		Object.entries(record).map(([key, item]) => [key, publishedForm(item)]),
	);
}

function isReference(record: Record<string, unknown>): boolean {
	return (
		hasKeys(record, ['collection', 'id']) &&
		typeof record.id === 'string' &&
		typeof record.collection === 'string'
	);
}

function hasKeys(record: Record<string, unknown>, keys: string[]): boolean {
	const own = Object.keys(record).sort();
	return own.length === keys.length && own.every((key, index) => key === keys[index]);
}
