import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { CONTENT_COLLECTIONS } from '../../src/content-collections';
import { BOM, toCsv } from '../../src/lib/csv-table';
import {
	csvRecords,
	OPEN_DATA_TABLES,
	tableJsonSchema,
	tableReferences,
	type JsonRow,
	type OpenDataTable,
} from '../../src/lib/open-data-tables';
import { publishedForm } from '../../src/lib/published-form';
import { matrices, matrixRows, playbooks, readJson } from '../support/content';

/** A table's rows read straight from content/, as the open data publishes them. */
function contentRows(table: OpenDataTable): JsonRow[] {
	if (table.id === 'processes') {
		return matrices().flatMap((matrix) =>
			matrixRows(matrix.id).map((row, index) => ({ ...row, matrix: matrix.id, order: index + 1 })),
		);
	}
	if (table.id === 'playbooks') {
		return playbooks().map(({ slug, ...frontmatter }) => ({ id: slug, ...frontmatter }));
	}
	const source = CONTENT_COLLECTIONS.find((collection) => collection.name === table.collection)!;
	return readJson(source.path.replace(/^content\//, ''));
}

function validator(table: OpenDataTable) {
	const schema = tableJsonSchema(
		table,
		`https://example.org/data/${table.id}.schema.json`,
		'Credit.',
	);
	return new Ajv2020({ allErrors: true }).compile(schema);
}

describe('CSV', () => {
	const csv = toCsv(
		['text', 'note'],
		[
			['a, b', 'say "hi"'],
			['two\nlines', '— → –'],
			[true, null],
			[3.5, undefined],
		],
	);

	it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF between records', () => {
		expect(csv).toBe(
			`${BOM}text,note\r\n"a, b","say ""hi"""\r\n"two\nlines",— → –\r\ntrue,\r\n3.5,\r\n`,
		);
	});

	it('starts with a byte order mark and encodes the dashes as UTF-8', () => {
		const bytes = Buffer.from(csv, 'utf8');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.includes(Buffer.from([0xe2, 0x80, 0x94]))).toBe(true); // —
		expect(bytes.includes(Buffer.from([0xe2, 0x86, 0x92]))).toBe(true); // →
		expect(bytes.includes(Buffer.from([0xe2, 0x80, 0x93]))).toBe(true); // –
	});

	it('reads back to the same cells in another CSV library', () => {
		const { data } = Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true });
		expect(data).toEqual([
			['text', 'note'],
			['a, b', 'say "hi"'],
			['two\nlines', '— → –'],
			['true', ''],
			['3.5', ''],
		]);
	});
});

describe('the open data tables', () => {
	it('publish every content collection but the site’s own pages and strings', () => {
		const published = OPEN_DATA_TABLES.map((table) => table.collection).sort();
		const collections = CONTENT_COLLECTIONS.map((collection) => collection.name).sort();
		expect(published).toEqual(collections);
	});

	for (const table of OPEN_DATA_TABLES) {
		it(`${table.id}: the JSON Schema accepts the real content`, () => {
			const validate = validator(table);
			const rows = contentRows(table);

			expect(rows.length).toBeGreaterThan(0);
			expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		});

		it(`${table.id}: the JSON Schema rejects a row with a field it does not know`, () => {
			const validate = validator(table);
			const [first, ...rest] = contentRows(table);

			expect(validate([{ ...first, colour: 'blue' }, ...rest])).toBe(false);
			expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties' });
		});

		it(`${table.id}: every field of a row has a CSV column, and every column a field`, () => {
			const columns = table.columns.map((column) => column.name);
			const derived = table.columns.filter((column) => column.value).map((column) => column.name);
			const sources = contentRows(table).flatMap((row) => table.csvRows?.(row) ?? [row]);
			const fields = new Set(sources.flatMap((row) => leafPaths(row)));

			expect([...fields].filter((field) => !columns.includes(field))).toEqual([]);
			expect(columns.filter((column) => !fields.has(column) && !derived.includes(column))).toEqual(
				[],
			);
			for (const column of table.columns) expect(column.description.length).toBeGreaterThan(3);
		});
	}

	it('reject a broken entry: a cell missing, a lost value filled in, a bad threshold', () => {
		const table = (id: string) => OPEN_DATA_TABLES.find((candidate) => candidate.id === id)!;

		const processes = contentRows(table('processes'));
		const { platform: _dropped, ...fourCells } = processes[0].cells as Record<string, string>;
		expect(validator(table('processes'))([{ ...processes[0], cells: fourCells }])).toBe(false);

		const metrics = contentRows(table('metrics'));
		const guessed = structuredClone(metrics[0]) as any;
		guessed.whenItMatters.stages.scale = '✓';
		expect(validator(table('metrics'))([guessed])).toBe(false);

		const benchmarks = contentRows(table('benchmarks'));
		const broken = structuredClone(benchmarks[1]) as any;
		broken.values['series-a'].threshold.bound = 'between';
		expect(validator(table('benchmarks'))([broken])).toBe(false);

		const stages = contentRows(table('stages'));
		expect(validator(table('stages'))([{ ...stages[0], id: 'Build Stage' }])).toBe(false);
	});

	it('write a process id in the form the other tables use', () => {
		const table = OPEN_DATA_TABLES.find((candidate) => candidate.id === 'processes')!;
		const { headers, records } = csvRecords(table, contentRows(table));
		const territory = records.find(
			(record) => record[headers.indexOf('id')] === 'territory-design',
		)!;

		expect(territory[headers.indexOf('process')]).toBe('sales/territory-design');
		expect(territory[headers.indexOf('cells.build')]).toBe('—');
		expect(territory[headers.indexOf('cells.stabilize')]).toBe('— or Consider');
	});

	it('find each table’s references to others in its schema', () => {
		const playbookTable = OPEN_DATA_TABLES.find((table) => table.id === 'playbooks')!;
		expect(tableReferences(playbookTable)).toEqual([
			{ path: 'category', table: 'categories' },
			{ path: 'processes[]', table: 'processes' },
			{ path: 'metrics[]', table: 'metrics' },
			{ path: 'related[]', table: 'playbooks' },
		]);
		const stages = OPEN_DATA_TABLES.find((table) => table.id === 'stages')!;
		expect(tableReferences(stages)).toEqual([]);
	});
});

describe('publishedForm', () => {
	it('turns loaded content back into content as written', () => {
		expect(
			publishedForm({
				category: { id: 'quote-to-cash', collection: 'categories' },
				processes: [{ id: 'sales/proposal-quote', collection: 'processes' }],
				cells: { build: { kind: 'not-applicable' }, scale: { kind: 'text', text: 'Essential' } },
				stages: { build: { kind: 'unknown' } },
				facets: { complexity: 'advanced', function: ['sales'] },
				number: 29,
			}),
		).toEqual({
			category: 'quote-to-cash',
			processes: ['sales/proposal-quote'],
			cells: { build: '—', scale: 'Essential' },
			stages: { build: null },
			facets: { complexity: 'advanced', function: ['sales'] },
			number: 29,
		});
	});

	it('leaves alone an object that only looks like a reference or a cell', () => {
		const lookalikes = {
			a: { id: 'x', collection: 'y', extra: 1 },
			b: { kind: 'text', text: 't', more: 2 },
		};
		expect(publishedForm(lookalikes)).toEqual(lookalikes);
	});
});

/** The dotted paths of a row's values; a list is one value, as the CSV joins it. */
function leafPaths(row: JsonRow, prefix = ''): string[] {
	return Object.entries(row).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			return leafPaths(value as JsonRow, path);
		}
		return [path];
	});
}
