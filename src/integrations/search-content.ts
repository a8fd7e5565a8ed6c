import { CONTENT_COLLECTIONS } from '../content-collections';
import { readCollection, type RawEntry } from '../content-checks/read-content';
import type { RowContent } from '../lib/search-records';

/** What the search index needs from the content files, beyond the built pages. */
export interface SearchContent extends RowContent {
	/** Each playbook's number, by playbook id. */
	playbookNumbers: ReadonlyMap<string, number>;
}

type Item<K extends keyof RowContent> = RowContent[K] extends ReadonlyArray<infer T> ? T : never;

/**
 * Reads the content files the search records are made from. The content checks have already
 * passed by the time the site is built, so the data has the shape its schemas describe.
 */
export function readSearchContent(root: string): SearchContent {
	type Row = RowContent['rows'] extends ReadonlyMap<string, ReadonlyArray<infer R>> ? R : never;
	const rows = new Map<string, Row[]>();
	for (const entry of entries(root, 'processes')) {
		const matrix = entry.id.split('/')[0];
		rows.set(matrix, [...(rows.get(matrix) ?? []), entry.data as Row]);
	}

	return {
		stages: byOrder(data<Item<'stages'>>(root, 'stages')),
		matrices: byOrder(data<Item<'matrices'>>(root, 'matrices')),
		rows,
		series: byOrder(data<Item<'series'>>(root, 'series')),
		benchmarks: byOrder(data<Item<'benchmarks'>>(root, 'benchmarks')),
		glossary: data<Item<'glossary'>>(root, 'glossary'),
		segments: byOrder(data<Item<'segments'>>(root, 'segments')),
		motions: data<Item<'motions'>>(root, 'motions'),
		playbookNumbers: new Map(
			entries(root, 'playbooks').map((entry) => [
				entry.id,
				(entry.data as { number: number }).number,
			]),
		),
	};
}

function entries(root: string, collection: string): RawEntry[] {
	const source = CONTENT_COLLECTIONS.find((candidate) => candidate.name === collection);
	if (!source) {
		throw new Error(`The search index reads "${collection}", which is not a collection.`);
	}

	return readCollection(root, source).entries;
}

// The caller names the type it expects; the schemas have already checked it.
const data = <T>(root: string, collection: string) =>
	entries(root, collection).map((entry) => entry.data) as T[];

const byOrder = <T extends { order: number }>(items: T[]) =>
	[...items].sort((a, b) => a.order - b.order);
