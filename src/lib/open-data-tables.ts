import { z } from 'astro/zod';

import { benchmarkSchema } from '../schemas/benchmark';
import { categorySchema } from '../schemas/category';
import { glossaryTermSchema } from '../schemas/glossary';
import { idSchema, type ReferenceFactory } from '../schemas/ids';
import { matrixSchema, processSchema } from '../schemas/matrix';
import { maturitySchema } from '../schemas/maturity';
import { metricSchema } from '../schemas/metric';
import { motionSchema } from '../schemas/motion';
import { noteSchema } from '../schemas/note';
import { playbookSchema } from '../schemas/playbook';
import { processLinkSchema } from '../schemas/process-link';
import { segmentSchema } from '../schemas/segment';
import { seriesSchema } from '../schemas/series';
import { STAGE_IDS, stageSchema } from '../schemas/stage';
import type { CsvValue } from './csv-table';

/**
 * The tables of the open data: each content collection as JSON, CSV and a JSON Schema, at
 * /data/<table>.<format>. A JSON row is the entry as content/ writes it (the schema's input):
 * cells as published with "—" kept, lost values as null, references to other tables as ids.
 * A CSV row flattens it: nested fields become dotted columns ("arr.text") and lists are
 * joined with ";". Two tables have a CSV row per item of a nested list instead (benchmarks
 * per Series, PLG vs SLG per table row), since a spreadsheet cannot nest.
 */

/**
 * Where the data comes from, for the schemas and the open data page. The appendix's tables
 * are LeanScale's; the site publishes them with credit, as its footer does.
 */
export const OPEN_DATA_CREDIT =
	'From the appendix of LeanScale’s GTM OS (playbooks.leanscale.team/gtm-os/reference/appendix, ' +
	'last updated 2026-01-04) and LeanScale’s public playbook registry; ids, summaries, ' +
	'descriptions and the glossary are the GTM OS Reference’s own.';

/** A JSON row: plain JSON, as in the content files. */
export type JsonRow = Record<string, unknown>;

/** One CSV column: its header, what it holds, and how to read it from a CSV row's source. */
export interface CsvColumn {
	/** The header; a dotted path into the row unless `value` says otherwise. */
	name: string;
	/** What the column holds, for the open data page. */
	description: string;
	value?: (row: JsonRow) => CsvValue;
}

export interface OpenDataTable {
	/** The table's id, which is its file name: /data/<id>.json. */
	id: string;
	/** The content collection it publishes. */
	collection: string;
	title: string;
	/** What one JSON row is, in a sentence. */
	row: string;
	/** One JSON row's schema, with references as ids (see tableReference). */
	schema: z.ZodType;
	/** What one CSV row is, where it differs from a JSON row. */
	csvRow?: string;
	/** The CSV rows a JSON row becomes; one, the row itself, unless given. */
	csvRows?: (row: JsonRow) => JsonRow[];
	columns: CsvColumn[];
	/** True for tables that are ours rather than the appendix's. */
	ours?: boolean;
}

/** The table each collection is published as, where the two names differ. */
const TABLE_OF_COLLECTION: Record<string, string> = { processLinks: 'process-links' };

const tableOf = (collection: string) => TABLE_OF_COLLECTION[collection] ?? collection;

/**
 * References as the open data writes them: the id of a row of another table, as a string.
 * In the JSON Schema each says which table the id belongs to; whether that row exists is for
 * the content checks to prove, which they do before every build. Process ids are
 * "<matrix>/<row>", which the schema spells out as a pattern.
 */
export const tableReference: ReferenceFactory = (collection) => {
	const id = collection === 'processes' ? z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/) : idSchema;
	return id
		.meta({ description: `The id of a row of ${tableOf(collection)}.json.` })
		.transform((value) => ({ id: value, collection }));
};

/** A column read from a dotted path of the row. */
const column = (name: string, description: string): CsvColumn => ({ name, description });

/** One column per stage, read from `<path>.<stage>`. */
const stageColumns = (path: string, description: (stage: string) => string): CsvColumn[] =>
	STAGE_IDS.map((stage) => column(`${path}.${stage}`, description(stage)));

const LIST = 'Ids joined with ";".';

/** Every table of the open data, in the order the /data/ page documents them. */
export const OPEN_DATA_TABLES: readonly OpenDataTable[] = [
	{
		id: 'stages',
		collection: 'stages',
		title: 'Stages',
		row: 'A company stage, with its ARR and headcount bands.',
		schema: stageSchema,
		columns: [
			column('id', 'The stage’s id: build, stabilize, scale, optimize or platform.'),
			column('order', 'Its place from 1 (Build) to 5 (Platform).'),
			column('name', 'Its name.'),
			column('arr.text', 'The ARR band as published, e.g. "$1-5M".'),
			column('arr.min', 'The band’s lower bound in US dollars; a company at it is in the band.'),
			column('arr.max', 'The upper bound, not in the band; empty for the open top band.'),
			column('headcount.text', 'The headcount band as published, e.g. "10-30".'),
			column('headcount.min', 'The lower bound in people, in the band.'),
			column('headcount.max', 'The upper bound, not in the band; empty for the top band.'),
			column('challenge', 'The stage’s main challenge, in our words.'),
		],
	},
	{
		id: 'maturity',
		collection: 'maturity',
		title: 'Maturity key',
		row: 'A word the matrices use in their cells, and what it means.',
		schema: maturitySchema,
		columns: [
			column('id', 'The key line’s id.'),
			column('order', 'Its place in the key.'),
			column('symbol', 'The word as the cells use it, or "—" for not applicable.'),
			column('meaning', 'What it means, as published.'),
		],
	},
	{
		id: 'segments',
		collection: 'segments',
		title: 'Customer segments',
		row: 'A customer segment, as published.',
		schema: segmentSchema,
		columns: [
			column('id', 'The segment’s id.'),
			column('order', 'Its place in the table.'),
			column('name', 'Its name.'),
			column('customerSize', 'Typical customer size, as published.'),
			column('acvBand', 'Typical ACV band, as published.'),
		],
	},
	{
		id: 'matrices',
		collection: 'matrices',
		title: 'Process matrices',
		row: 'One of the six matrices; its rows are in processes.',
		schema: matrixSchema,
		columns: [
			column('id', 'The matrix’s id, the first part of its process ids.'),
			column('order', 'Its place among the matrices.'),
			column('title', 'Its heading as published.'),
			column('name', 'A short name of ours, for navigation.'),
			column('rowHeader', 'The published header of its first column: Process, Aspect or Category.'),
		],
	},
	{
		id: 'processes',
		collection: 'processes',
		title: 'Processes (matrix rows)',
		row: 'A row of a matrix, with its cell at each of the five stages.',
		schema: processSchema(tableReference),
		columns: [
			{
				name: 'process',
				description: 'The process id other tables use: "<matrix>/<id>".',
				value: (row) => `${row.matrix}/${row.id}`,
			},
			column('matrix', 'The id of its matrix, in matrices.'),
			column('id', 'The row’s id, unique within its matrix.'),
			column('order', 'Its place in its matrix.'),
			column('name', 'The process as published.'),
			...stageColumns(
				'cells',
				(stage) => `The cell at ${stage}, as published; "—" where it does not apply.`,
			),
		],
	},
	{
		id: 'motions',
		collection: 'motions',
		title: 'PLG vs SLG',
		row: 'The PLG vs SLG guidance for one stage: a summary and the rows of its table.',
		schema: motionSchema(tableReference),
		csvRow:
			'A row of a stage’s PLG vs SLG table; a stage with a summary only has one row, ' +
			'its dimension columns empty.',
		csvRows: (row) => {
			const { dimensions, ...motion } = row as { dimensions: JsonRow[] };
			if (dimensions.length === 0) return [motion];
			return dimensions.map((dimension) => ({ ...motion, dimension }));
		},
		columns: [
			column('id', 'The guidance’s id.'),
			column('stage', 'The id of its stage, in stages.'),
			column('summary', 'The stage’s paragraph, or the line that leads into its table.'),
			column('dimension.id', 'The table row’s id, unique within its stage.'),
			column('dimension.name', 'What the row compares, as published.'),
			column('dimension.plg', 'Product-led guidance, as published.'),
			column('dimension.slg', 'Sales-led guidance, as published.'),
			column('dimension.processes', `Processes the row is about (our reading). ${LIST}`),
			column('dimension.playbooks', `Playbooks the row names or is about. ${LIST}`),
			column('dimension.metrics', `Power 10 metrics the row is about. ${LIST}`),
		],
	},
	{
		id: 'notes',
		collection: 'notes',
		title: 'Notes',
		row: 'A paragraph of the appendix that introduces one of its tables.',
		schema: noteSchema,
		columns: [column('id', 'The note’s id.'), column('text', 'The paragraph as published.')],
	},
	{
		id: 'metrics',
		collection: 'metrics',
		title: 'Power 10 metrics',
		row: 'One of the Power 10, with its row of "When Each Metric Matters".',
		schema: metricSchema(tableReference),
		columns: [
			column('id', 'The metric’s id.'),
			column('number', 'Its number in the Power 10.'),
			column('name', 'Its name.'),
			column('definition', 'Its definition, as published.'),
			column('whyItMatters', 'Why it matters, as published.'),
			column('focus', `Rows of Metrics Focus by Stage that say what each stage measures. ${LIST}`),
			column('whenItMatters.label', 'Its row’s name in "When Each Metric Matters".'),
			...stageColumns(
				'whenItMatters.stages',
				(stage) => `Its cell at ${stage}: always empty (null in JSON), as the source lost it.`,
			),
		],
	},
	{
		id: 'series',
		collection: 'series',
		title: 'Funding rounds',
		row: 'A funding round the benchmarks are given for.',
		schema: seriesSchema,
		columns: [
			column('id', 'The round’s id: series-a, series-b or series-c-plus.'),
			column('order', 'Its place, from Series A.'),
			column('name', 'Its name.'),
		],
	},
	{
		id: 'benchmarks',
		collection: 'benchmarks',
		title: 'Series benchmarks',
		row: 'A benchmark, with its value for each round as text and as a threshold.',
		schema: benchmarkSchema(tableReference),
		csvRow: 'A benchmark at one round: three rows per benchmark.',
		csvRows: (row) => {
			const { values, ...benchmark } = row as { values: Record<string, JsonRow> };
			return Object.entries(values).map(([series, value]) => ({ ...benchmark, series, ...value }));
		},
		columns: [
			column('id', 'The benchmark’s id.'),
			column('order', 'Its place in the table.'),
			column('name', 'Its name as published.'),
			column('metric', 'The Power 10 metric it measures, if it is one.'),
			column('series', 'The id of the round, in series.'),
			column('text', 'The value as published, e.g. "Under 18 mo".'),
			column('threshold.bound', 'floor (at least), ceiling (at most) or range.'),
			column('threshold.value', 'The floor or ceiling.'),
			column('threshold.min', 'A range’s lower end, in it.'),
			column('threshold.max', 'A range’s upper end.'),
			column('threshold.unit', 'usd, percent, months, ratio or multiple.'),
			column(
				'threshold.inclusive',
				'Whether the floor or ceiling itself clears it: true for "100%+", false for ">3:1".',
			),
			column(
				'threshold.openEnded',
				'Whether values above the range belong to it too, as in "$20-50M+".',
			),
		],
	},
	{
		id: 'categories',
		collection: 'categories',
		title: 'Playbook categories',
		row: 'A category of playbooks.',
		schema: categorySchema,
		columns: [
			column('id', 'The category’s id.'),
			column('order', 'Its place in the list.'),
			column('name', 'Its heading as published.'),
			column(
				'appendixNumbers',
				'The playbook numbers its heading gives; empty for a category of ours.',
			),
		],
	},
	{
		id: 'playbooks',
		collection: 'playbooks',
		title: 'Playbooks',
		row: 'A playbook’s facts: the frontmatter of its file, with the file name as its id.',
		schema: z.strictObject({ id: idSchema, ...playbookSchema(tableReference).shape }),
		columns: [
			column('id', 'The playbook’s id, its file name.'),
			column('number', 'Its number, 1 to 68.'),
			column('title', 'Its title.'),
			column('category', 'The id of its category, in categories.'),
			column(
				'inAppendix',
				'Whether the appendix lists it (1 to 50); 51 to 68 come from LeanScale’s registry.',
			),
			column('facets.function', 'Functions, as LeanScale’s registry gives them, joined with ";".'),
			column('facets.team', 'Teams, joined with ";".'),
			column('facets.outcome', 'Outcomes, joined with ";".'),
			column('facets.metric', 'Registry metrics (not Power 10 ids), joined with ";".'),
			column('facets.complexity', 'foundational, intermediate or advanced.'),
			column('processes', `Processes it builds or changes. ${LIST}`),
			column('metrics', `Power 10 metrics it moves. ${LIST}`),
			column('related', `Playbooks to read next. ${LIST}`),
			column('summary', 'A sentence or two of ours.'),
		],
	},
	{
		id: 'glossary',
		collection: 'glossary',
		title: 'Glossary',
		row: 'A term or acronym the content uses, with our definition.',
		schema: glossaryTermSchema(tableReference),
		ours: true,
		columns: [
			column('id', 'The term’s id.'),
			column('term', 'The term as the content writes it.'),
			column('expansion', 'What an acronym stands for; empty for other terms.'),
			column('aliases', 'Other ways of writing it, joined with ";".'),
			column('definition', 'Our definition.'),
			column('metric', 'The Power 10 metric it names, if any.'),
		],
	},
	{
		id: 'process-links',
		collection: 'processLinks',
		title: 'Linked processes',
		row: 'Matrix rows that describe one thing from different sides (our reading).',
		schema: processLinkSchema(tableReference),
		ours: true,
		columns: [
			column('id', 'The link’s id.'),
			column('processes', `The rows it joins. ${LIST}`),
			column('note', 'What they share, in our words.'),
		],
	},
];

/** The table with an id, or an error naming the ids there are. */
export function openDataTable(id: string): OpenDataTable {
	const table = OPEN_DATA_TABLES.find((candidate) => candidate.id === id);
	if (!table) {
		const ids = OPEN_DATA_TABLES.map((candidate) => candidate.id).join(', ');
		throw new Error(`There is no open data table "${id}". The tables are: ${ids}.`);
	}
	return table;
}

/** The value at a dotted path of a row, with lists of values joined by ";". */
export function valueAt(row: JsonRow, path: string): CsvValue {
	const value = path
		.split('.')
		.reduce<unknown>((node, key) => (node as JsonRow | undefined)?.[key], row);
	if (Array.isArray(value)) return value.join(';');
	return value as CsvValue;
}

/** A table's header and records for CSV, from its JSON rows. */
export function csvRecords(table: OpenDataTable, rows: readonly JsonRow[]) {
	const headers = table.columns.map((col) => col.name);
	const records = rows
		.flatMap((row) => table.csvRows?.(row) ?? [row])
		.map((row) =>
			table.columns.map((col) => (col.value ? col.value(row) : valueAt(row, col.name))),
		);
	return { headers, records };
}

/**
 * A table's JSON Schema: an array of its rows, as the content files write them (the zod
 * schema's input side, so cells are strings and references ids). What JSON Schema cannot say
 * is checked at build time instead: that references resolve, that ids are unique, that a cell
 * has no surrounding spaces.
 */
export function tableJsonSchema(table: OpenDataTable, schemaUrl: string, credit: string) {
	const rows = z.toJSONSchema(z.array(table.schema), { io: 'input', target: 'draft-2020-12' });
	return {
		$schema: rows.$schema,
		$id: schemaUrl,
		title: `GTM OS open data: ${table.title}`,
		description: `${table.row} ${credit}`,
		...rows,
	};
}

/** A field of a table that holds ids of another table's rows. */
export interface TableReference {
	/** Where the ids are, as a dotted path; "[]" marks a list, e.g. "dimensions[].processes[]". */
	path: string;
	/** The table the ids belong to. */
	table: string;
}

const REFERENCE_DESCRIPTION = /^The id of a row of ([a-z-]+)\.json\.$/;

/**
 * The fields of a table that refer to other tables, read from its JSON Schema, where
 * tableReference describes each. Reading them there rather than listing them by hand keeps
 * the open data page in step with the schemas.
 */
export function tableReferences(table: OpenDataTable): TableReference[] {
	const found: TableReference[] = [];
	const walk = (node: unknown, path: string) => {
		if (!node || typeof node !== 'object') return;
		const schema = node as Record<string, unknown>;
		const target = REFERENCE_DESCRIPTION.exec(String(schema.description ?? ''))?.[1];
		if (target) found.push({ path, table: target });

		const properties = (schema.properties ?? {}) as Record<string, unknown>;
		for (const [key, child] of Object.entries(properties))
			walk(child, path ? `${path}.${key}` : key);
		if (schema.items) walk(schema.items, `${path}[]`);
		for (const option of [
			...((schema.oneOf ?? []) as unknown[]),
			...((schema.anyOf ?? []) as unknown[]),
		]) {
			walk(option, path);
		}
	};

	walk(z.toJSONSchema(table.schema, { io: 'input' }), '');
	return found;
}
