import { closestMatch } from '../../lib/closest-match';
import { formatPath } from '../check-schemas';
import type { ContentIndex, EntryIndex } from '../content-index';
import type { Problem } from '../problem';

type Reference = { id: string; collection: string };

/** Every reference names an entry that exists, and no playbook lists itself as related. */
export function references(content: ContentIndex, ids: EntryIndex): Problem[] {
	const problems: Problem[] = [];

	for (const entries of content.values()) {
		for (const entry of entries) {
			for (const { path, reference } of findReferences(entry.parsed, [])) {
				const targets = ids.get(reference.collection);
				if (!targets) continue;
				const known = targets.map((target) => target.id);
				const base = { file: entry.file, entry: entry.id, field: formatPath(path), rule: 'references' };

				if (reference.collection === entry.collection && reference.id === entry.id) {
					problems.push({ ...base, message: `An entry cannot refer to itself. Remove "${reference.id}".` });
				} else if (!known.includes(reference.id)) {
					const guess = closestMatch(reference.id, known);
					const hint = guess ? `Did you mean "${guess}"?` : `Use the id of an existing entry.`;
					problems.push({
						...base,
						message: `There is no ${reference.collection} entry "${reference.id}". ${hint}`,
					});
				}
			}
		}
	}

	return problems;
}

function* findReferences(
	value: unknown,
	path: PropertyKey[],
): Generator<{ path: PropertyKey[]; reference: Reference }> {
	if (isReference(value)) {
		yield { path, reference: value };
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* findReferences(item, [...path, index]);
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) yield* findReferences(item, [...path, key]);
	}
}

function isReference(value: unknown): value is Reference {
	if (!value || typeof value !== 'object') return false;
	const keys = Object.keys(value);
	return keys.length === 2 && keys.includes('id') && keys.includes('collection');
}
