import type { EntryIndex } from '../content-index';
import type { Problem } from '../problem';

/** No two entries of a collection share an id: ids are URLs and anchors. */
export function uniqueIds(content: EntryIndex): Problem[] {
	const problems: Problem[] = [];

	for (const [collection, entries] of content) {
		const firstFile = new Map<string, string>();
		for (const entry of entries) {
			const earlier = firstFile.get(entry.id);
			if (earlier === undefined) {
				firstFile.set(entry.id, entry.file);
				continue;
			}
			const place = earlier === entry.file ? 'earlier in this file' : `in ${earlier}`;
			problems.push({
				file: entry.file,
				entry: entry.id,
				field: 'id',
				message: `The id "${entry.id}" is already used ${place}. Ids are links, so each ${collection} entry needs its own: rename this one.`,
				rule: 'unique-ids',
			});
		}
	}

	return problems;
}
