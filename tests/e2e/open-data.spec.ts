import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';

import { matrices, matrixRows, playbooks, readJson } from '../support/content.ts';

type Row = Record<string, any>;

/**
 * Each table of the open data and the content it must hold, read straight from content/: a
 * JSON file's rows, with what the loader adds for matrix rows (their matrix and place) and
 * playbooks (their file name as id).
 */
const TABLES: Record<string, () => Row[]> = {
	stages: () => readJson('stages.json'),
	maturity: () => readJson('maturity.json'),
	segments: () => readJson('segments.json'),
	matrices: () => readJson('matrices.json'),
	processes: () =>
		matrices().flatMap((matrix) =>
			matrixRows(matrix.id).map((row, index) => ({ ...row, matrix: matrix.id, order: index + 1 })),
		),
	motions: () => readJson('motions.json'),
	notes: () => readJson('notes.json'),
	metrics: () => readJson('metrics.json'),
	series: () => readJson('series.json'),
	benchmarks: () => readJson('benchmarks.json'),
	categories: () => readJson('categories.json'),
	playbooks: () => playbooks().map(({ slug, ...frontmatter }) => ({ id: slug, ...frontmatter })),
	glossary: () => readJson('glossary.json'),
	'process-links': () => readJson('process-links.json'),
};

const byId = (rows: Row[]) =>
	new Map(rows.map((row) => [row.id + (row.matrix ? `@${row.matrix}` : ''), row]));

async function download(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return response;
}

/** A row as the CSV writes it: dotted paths, lists joined with ";", everything as text. */
function flatten(row: Row, prefix = ''): Record<string, string> {
	return Object.fromEntries(
		Object.entries(row).flatMap(([key, value]) => {
			const path = prefix ? `${prefix}.${key}` : key;
			if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
				return Object.entries(flatten(value, path));
			}
			return [[path, Array.isArray(value) ? value.join(';') : value === null ? '' : String(value)]];
		}),
	);
}

/** The CSV rows a content row must become: one, or one per item of a nested list. */
function expectedCsvRows(table: string, row: Row): Record<string, string>[] {
	if (table === 'processes') return [{ process: `${row.matrix}/${row.id}`, ...flatten(row) }];
	if (table === 'benchmarks') {
		const { values, ...rest } = row;
		return Object.entries(values as Row).map(([series, value]) =>
			flatten({ ...rest, series, ...value }),
		);
	}
	if (table === 'motions') {
		const { dimensions, ...rest } = row;
		if (dimensions.length === 0) return [flatten(rest)];
		return dimensions.map((dimension: Row) => flatten({ ...rest, dimension }));
	}
	return [flatten(row)];
}

test.describe('Open data', () => {
	test('the data page links the three files of every table', async ({ page }) => {
		await page.goto('/data/');
		for (const table of Object.keys(TABLES)) {
			const section = page.locator(`section[data-table="${table}"]`);
			await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
			for (const [format, label] of [
				['json', 'JSON'],
				['csv', 'CSV'],
				['schema.json', 'JSON Schema'],
			]) {
				await expect(
					section.getByRole('link', { name: new RegExp(`^${label} of `) }),
				).toHaveAttribute('href', `/data/${table}.${format}`);
			}
		}
		await expect(page.locator('section[data-table]')).toHaveCount(Object.keys(TABLES).length);
		await expect(page.getByRole('main')).toContainText('LeanScale’s GTM OS');
	});

	for (const [table, content] of Object.entries(TABLES)) {
		test(`${table}.json holds the content, and passes its JSON Schema`, async ({ request }) => {
			const rows = (await (await download(request, `/data/${table}.json`)).json()) as Row[];
			const expected = content();

			expect(rows).toHaveLength(expected.length);
			const published = byId(rows);
			for (const [id, row] of byId(expected))
				expect(published.get(id), `${table} ${id}`).toEqual(row);

			const schema = await (await download(request, `/data/${table}.schema.json`)).json();
			const validate = new Ajv2020({ allErrors: true }).compile(schema);
			expect(validate(rows), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		});

		test(`${table}.csv opens as UTF-8 and holds the content, flattened`, async ({ request }) => {
			const response = await download(request, `/data/${table}.csv`);
			expect(response.headers()['content-type']).toMatch(/^text\/csv/);
			const bytes = await response.body();
			expect([...bytes.subarray(0, 3)], 'byte order mark').toEqual([0xef, 0xbb, 0xbf]);

			const text = bytes.subarray(3).toString('utf8');
			const parsed = Papa.parse<Record<string, string>>(text, {
				header: true,
				skipEmptyLines: true,
			});
			expect(parsed.errors).toEqual([]);

			const expected = content().flatMap((row) => expectedCsvRows(table, row));
			expect(parsed.data).toHaveLength(expected.length);
			for (const [index, row] of expected.entries()) {
				const csvRow = parsed.data.find((candidate) =>
					Object.entries(row).every(([column, value]) => candidate[column] === value),
				);
				expect(csvRow, `${table} row ${index}: ${JSON.stringify(row).slice(0, 200)}`).toBeDefined();

				// A column the row has no value for, such as a benchmark's metric, is left empty.
				for (const [column, value] of Object.entries(csvRow!)) {
					if (!(column in row)) expect(value, `${table} row ${index}, ${column}`).toBe('');
				}
			}
		});
	}

	test('keeps the dashes and "—" cells as published in the CSV', async ({ request }) => {
		const text = (await (await download(request, '/data/processes.csv')).body()).toString('utf8');
		const { data } = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			skipEmptyLines: true,
		});
		const territory = data.find((row) => row.process === 'sales/territory-design')!;

		expect(territory['cells.build']).toBe('—');
		expect(territory['cells.stabilize']).toBe('— or Consider');
	});
});
