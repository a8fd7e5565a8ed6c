import { describe, expect, it } from 'vitest';

import { builtPages, loadPage } from '../support/built-site';
import { matrices, matrixRows, metrics, readJson, stages } from '../support/content';
import { readTable } from '../support/html-table';

// The content is proven equal to the appendix by tests/unit/fidelity.test.ts; these tests
// prove the built pages show the content's every table cell, exactly, at its row and column.

const pages = new Map(builtPages().map((page) => [page.path, page]));

function page(path: string) {
	const found = pages.get(path);
	if (!found) throw new Error(`The build has no page ${path}`);
	return loadPage(found);
}

/** The tables in a page's main content, read as a sighted reader sees them. */
function tables(path: string) {
	const $ = page(path);
	return $('main table')
		.toArray()
		.map((table) => readTable($, table));
}

const STAGE_NAMES = stages().map((stage) => stage.name);

describe('the process matrices', () => {
	for (const matrix of matrices()) {
		const rows = matrixRows(matrix.id);
		const expected = rows.map((row) => ({
			header: row.name,
			cells: stages().map((stage) => row.cells[stage.id]),
		}));

		it(`${matrix.title} shows every cell at its row and stage on its page`, () => {
			const [table] = tables(`/matrices/${matrix.id}/`);

			expect(table.columns).toEqual([matrix.rowHeader, ...STAGE_NAMES]);
			expect(table.rows.map(({ header, cells }) => ({ header, cells }))).toEqual(expected);
			expect(table.rows.map((row) => row.id)).toEqual(rows.map((row) => row.id));
		});

		it(`${matrix.title} shows the same cells on the page of all matrices`, () => {
			const table = tables('/matrices/').find((candidate) =>
				candidate.caption.startsWith(`${matrix.title}:`),
			);

			expect(table?.rows.map(({ header, cells }) => ({ header, cells }))).toEqual(expected);
			expect(table?.rows.map((row) => row.id)).toEqual(
				rows.map((row) => `${matrix.id}-${row.id}`),
			);
		});
	}

	it('each cell of a matrix page has its own anchor, row then stage', () => {
		const $ = page('/matrices/sales/');
		const cell = $('#territory-design--scale');

		expect(cell.text().trim()).toBe('Essential');
		expect(cell.closest('tr').attr('id')).toBe('territory-design');
	});
});

describe('the other tables of the appendix', () => {
	it('the maturity key', () => {
		const key = tables('/matrices/').find((table) => table.caption === 'Maturity key')!;
		const levels = readJson('maturity.json') as Array<{ symbol: string; meaning: string }>;

		expect(key.columns).toEqual(['Symbol', 'Meaning']);
		expect(key.rows.map(({ header, cells }) => [header, ...cells])).toEqual(
			levels.map((level) => [level.symbol, level.meaning]),
		);
	});

	it('the segment definitions, each row anchored by its id', () => {
		const [table] = tables('/segments/');
		const segments = readJson('segments.json') as Array<Record<string, string>>;

		expect(table.columns).toEqual(['Segment', 'Typical Customer Size', 'Typical ACV Band']);
		expect(table.rows).toEqual(
			segments.map((segment) => ({
				id: segment.id,
				header: segment.name,
				cells: [segment.customerSize, segment.acvBand],
			})),
		);
	});

	it('the Power 10', () => {
		const table = tables('/metrics/').find((candidate) => candidate.caption === 'Power 10 metrics')!;

		expect(table.columns).toEqual(['#', 'Metric', 'Definition', 'Why It Matters']);
		expect(table.rows).toEqual(
			metrics().map((metric) => ({
				id: metric.id,
				header: metric.name,
				cells: [String(metric.number), metric.definition, metric.whyItMatters],
			})),
		);
	});

	it('"When Each Metric Matters", with every lost cell marked as not published', () => {
		const table = tables('/metrics/').find(
			(candidate) => candidate.caption === 'When each metric matters',
		)!;

		expect(table.columns).toEqual(['Metric', ...STAGE_NAMES]);
		expect(table.rows.map(({ header, cells }) => ({ header, cells }))).toEqual(
			metrics().map((metric) => ({
				header: metric.whenItMatters.label,
				cells: STAGE_NAMES.map(() => 'Not published'),
			})),
		);
	});

	it('the Series benchmarks, each row anchored by its id', () => {
		const [table] = tables('/benchmarks/');
		const rows = readJson('benchmarks.json') as Array<{
			id: string;
			name: string;
			values: Record<string, { text: string }>;
		}>;
		const series = readJson('series.json') as Array<{ id: string; name: string }>;

		expect(table.columns).toEqual(['Metric', ...series.map((round) => round.name)]);
		expect(table.rows).toEqual(
			rows.map((row) => ({
				id: row.id,
				header: row.name,
				cells: series.map((round) => row.values[round.id].text),
			})),
		);
	});

	it('PLG vs SLG: each stage’s guidance, and each table row anchored by stage and dimension', () => {
		const $ = page('/plg-vs-slg/');
		const motions = readJson('motions.json') as Array<{
			stage: string;
			summary: string;
			dimensions: Array<{ id: string; name: string; plg: string; slg: string }>;
		}>;
		const text = $('main').text().replace(/\s+/g, ' ');

		for (const motion of motions) expect(text).toContain(motion.summary);

		const expected = motions.flatMap((motion) =>
			motion.dimensions.map((dimension) => ({
				id: `${motion.stage}-${dimension.id}`,
				header: dimension.name,
				cells: [dimension.plg, dimension.slg],
			})),
		);
		expect(tables('/plg-vs-slg/').flatMap((table) => table.rows)).toEqual(expected);
	});
});
