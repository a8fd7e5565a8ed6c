import { getCollection } from 'astro:content';

import { openDataTable, type JsonRow } from '../lib/open-data-tables';
import { publishedForm } from '../lib/published-form';
import {
	getBenchmarks,
	getCategories,
	getGlossary,
	getMatrices,
	getMaturityKey,
	getMetrics,
	getMotions,
	getPlaybooks,
	getProcesses,
	getSegments,
	getSeries,
	getStages,
} from './content';

/** An entry as the open data needs it: its id and its data. */
type Entry = { id: string; data: object };

// Each table's entries in the order the site shows them. Notes and process links have no
// order of their own, so they keep their files' order.
const ENTRIES: Record<string, () => Promise<Entry[]>> = {
	stages: getStages,
	maturity: getMaturityKey,
	segments: getSegments,
	matrices: getMatrices,
	processes: getProcesses,
	motions: getMotions,
	notes: () => getCollection('notes'),
	metrics: getMetrics,
	series: getSeries,
	benchmarks: getBenchmarks,
	categories: getCategories,
	playbooks: getPlaybooks,
	glossary: getGlossary,
	'process-links': () => getCollection('processLinks'),
};

/**
 * A table's rows as content/ writes them. A playbook's id is its file name, not a field of
 * its frontmatter, so it is added as the first field. Every row is checked against the
 * table's schema: a row the schema refuses is a bug here, and stops the build with its id.
 */
export async function getOpenDataRows(tableId: string): Promise<JsonRow[]> {
	const table = openDataTable(tableId);
	const read = ENTRIES[tableId];
	if (!read)
		throw new Error(`Open data: add the entries of table "${tableId}" to src/data/open-data.ts.`);
	const entries = await read();

	return entries.map((entry) => {
		const data = publishedForm(entry.data) as JsonRow;
		const row = tableId === 'playbooks' ? { id: entry.id, ...data } : data;

		const result = table.schema.safeParse(row);
		if (!result.success) {
			const problem = result.error.issues[0];
			throw new Error(
				`Open data: row "${entry.id}" of ${tableId} does not match its schema at ` +
					`${problem.path.join('.') || 'the top'}: ${problem.message}. ` +
					'Fix src/lib/published-form.ts or the table in src/lib/open-data-tables.ts.',
			);
		}
		return row;
	});
}
