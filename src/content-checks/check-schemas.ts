import { plainReference } from '../schemas/ids';
import type { CollectionSource } from '../content-collections';
import { contentErrorMap } from './error-map';
import type { Problem } from './problem';
import type { RawEntry } from './read-content';

/** An entry that passed its schema, with the data as the site will see it. */
export interface ParsedEntry extends RawEntry {
	parsed: unknown;
}

/** Runs each entry through its collection's schema; returns what passed and what did not. */
export function checkSchemas(source: CollectionSource, entries: RawEntry[]) {
	const schema = source.schema(plainReference);
	const parsed: ParsedEntry[] = [];
	const problems: Problem[] = [];

	for (const entry of entries) {
		const result = schema.safeParse(entry.data, { error: contentErrorMap });
		if (result.success) {
			parsed.push({ ...entry, parsed: result.data });
			continue;
		}
		for (const issue of result.error.issues) {
			problems.push({
				file: entry.file,
				entry: entry.id,
				field: formatPath(issue.path),
				message: issue.message,
				rule: 'schema',
			});
		}
	}

	return { parsed, problems };
}

/** ["cells", "scale"] as "cells.scale", [ "processes", 2 ] as "processes[2]". */
export function formatPath(path: readonly PropertyKey[]): string | undefined {
	if (path.length === 0) return undefined;

	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
		.join('');
}
