// Single edits to an in-memory copy of the content, used to prove that the fidelity checks
// fail for each of them: a check that passes whatever the content says would prove nothing.

import type { Content, Json } from './content.ts';
import { FACETS, STAGE_KEYS } from './checks.ts';
import { DASH, STAGE_NAMES } from './source.ts';

export interface Mutation {
	// What was edited, for the failure message.
	label: string;
	// Words one of the new problems must contain, so the failure points at the right place.
	mustMention: string[];
	apply(c: Content): void;
}

// A different value of the same kind: the smallest edit a check must still notice.
function edited(value: unknown): unknown {
	if (typeof value === 'string') return value === DASH ? 'Edited' : `${value} (edited)`;
	if (typeof value === 'number') return value + 1;
	if (typeof value === 'boolean') return !value;
	if (value === null) return DASH;
	if (Array.isArray(value)) return [...value, 'edited'];
	return 'edited';
}

// Walk `path` from the content root to the object that holds the last key.
function holder(c: Content, path: (string | number)[]): Json {
	let at: Json = c;
	for (const key of path.slice(0, -1)) at = at?.[key];
	return at;
}

// Edit, then remove, each field named by `paths`.
function fieldMutations(paths: (string | number)[][], mustMention: string[]): Mutation[] {
	return paths.flatMap((path) => {
		const key = path[path.length - 1];
		const label = path.join('.');
		return [
			{
				label: `${label} edited`,
				mustMention,
				apply: (c: Content) => {
					const at = holder(c, path);
					at[key] = edited(at[key]);
				},
			},
			{
				label: `${label} removed`,
				mustMention,
				apply: (c: Content) => {
					delete holder(c, path)[key];
				},
			},
		];
	});
}

const indices = (value: Json): number[] =>
	Array.isArray(value) ? value.map((_, i) => i) : [];

const each = (value: Json, keys: string[], prefix: (string | number)[]) =>
	indices(value).flatMap((i) => keys.map((key) => [...prefix, i, key]));

// Every matrix cell changed, moved to each other stage, swapped with its neighbour, or
// removed; and every row removed or swapped with the next.
export function matrixMutations(c: Content): Mutation[] {
	const out: Mutation[] = [];
	for (const meta of c.matrices as Json[]) {
		const rows: Json[] = c.processes[meta.id] ?? [];
		rows.forEach((row, i) => {
			const cells = (c: Content) => c.processes[meta.id][i].cells;
			// The place as the checks name it, e.g. 'Sales Processes › row 7 "Territory Design"'.
			const place = `${meta.title} › row ${i + 1} "${row.name}"`;
			STAGE_KEYS.forEach((key, k) => {
				const at = `${place} › ${STAGE_NAMES[k]}`;
				const mention = [`${at}:`];
				out.push({
					label: `${at} changed`,
					mustMention: mention,
					apply: (c) => {
						cells(c)[key] = edited(cells(c)[key]);
					},
				});
				out.push({
					label: `${at} removed`,
					mustMention: mention,
					apply: (c) => {
						delete cells(c)[key];
					},
				});
				if (row.cells[key] !== DASH) {
					STAGE_KEYS.forEach((other, j) => {
						if (j === k) return;
						out.push({
							label: `${at} moved to ${STAGE_NAMES[j]}`,
							mustMention: mention,
							apply: (c) => {
								cells(c)[other] = cells(c)[key];
								cells(c)[key] = DASH;
							},
						});
					});
				}
				const next = STAGE_KEYS[k + 1];
				if (next && row.cells[key] !== row.cells[next]) {
					out.push({
						label: `${at} swapped with ${STAGE_NAMES[k + 1]}`,
						mustMention: mention,
						apply: (c) => {
							[cells(c)[key], cells(c)[next]] = [cells(c)[next], cells(c)[key]];
						},
					});
				}
			});
			out.push({
				label: `${place} removed`,
				mustMention: [`${place} ›`],
				apply: (c) => {
					c.processes[meta.id].splice(i, 1);
				},
			});
			if (i + 1 < rows.length) {
				out.push({
					label: `${place} swapped with the next row`,
					mustMention: [`${place} ›`],
					apply: (c) => {
						const list = c.processes[meta.id];
						[list[i], list[i + 1]] = [list[i + 1], list[i]];
					},
				});
			}
		});
	}
	return out;
}

// Every other field the content takes from the source.
export function fieldMutationsOf(c: Content): Mutation[] {
	const series = (c.series as Json[]).map((s) => s.id);
	return [
		...fieldMutations(each(c.stages, ['id', 'name'], ['stages']), ['stages.json']),
		...indices(c.matrices).flatMap((g) =>
			fieldMutations(
				['id', 'title', 'rowHeader'].map((key) => ['matrices', g, key]),
				[c.matrices[g].title],
			),
		),
		...fieldMutations(each(c.segments, ['name', 'customerSize', 'acvBand'], ['segments']),
			['Segment Definitions']),
		...fieldMutations(each(c.maturity, ['symbol', 'meaning'], ['maturity']), ['Key']),
		...fieldMutations(each(c.metrics, ['number', 'name', 'definition', 'whyItMatters'],
			['metrics']), ['Power 10 Metrics']),
		...fieldMutations(
			indices(c.metrics).flatMap((i) => [
				['metrics', i, 'whenItMatters', 'label'],
				...STAGE_KEYS.map((key) => ['metrics', i, 'whenItMatters', 'stages', key]),
			]),
			['When Each Metric Matters'],
		),
		...fieldMutations(each(c.series, ['id', 'name'], ['series']), ['Series Benchmarks']),
		...fieldMutations(
			indices(c.benchmarks).flatMap((i) => [
				['benchmarks', i, 'name'],
				...series.map((id) => ['benchmarks', i, 'values', id, 'text']),
			]),
			['Series Benchmarks'],
		),
		...fieldMutations(
			indices(c.motions).flatMap((k) => [
				['motions', k, 'stage'],
				['motions', k, 'summary'],
				...each(c.motions[k].dimensions, ['name', 'plg', 'slg'],
					['motions', k, 'dimensions']),
			]),
			['PLG vs SLG Considerations'],
		),
		...fieldMutations(each(c.notes, ['id', 'text'], ['notes']), ['notes.json']),
		...fieldMutations(each(c.categories, ['name', 'appendixNumbers'], ['categories']),
			['Full Playbook List']),
	];
}

// Every frontmatter field the playbook checks read, in every playbook file present.
export function playbookMutations(c: Content): Mutation[] {
	const keys = ['number', 'title', 'category', 'inAppendix'];
	return indices(c.playbooks)
		.filter((p) => c.playbooks[p].data)
		.flatMap((p) =>
			fieldMutations(
				[
					...keys.map((key) => ['playbooks', p, 'data', key]),
					...FACETS.map((facet) => ['playbooks', p, 'data', 'facets', facet]),
				],
				['Playbooks'],
			),
		);
}
