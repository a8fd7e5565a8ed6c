// Fidelity: every cell of every table in the appendix source is in the content, exactly, at
// its row and stage; the notes are its paragraphs; the playbooks are its list plus the registry.
//
// The source (tests/fixtures/appendix.txt) and the content (content/) are read independently
// by ./fidelity/source.ts and ./fidelity/content.ts; nothing comes from src/. Each check in
// ./fidelity/checks.ts returns one line per difference, in the form
// "table › row › stage: expected <source value>, received <content value>".
// The last block edits an in-memory copy of the content one field at a time to show that each
// edit is caught. Point FIDELITY_CONTENT_ROOT at a copy of content/ to check that copy instead.

import { describe, expect, it } from 'vitest';
import {
	APPENDIX_PLAYBOOKS,
	checkAll,
	checkCategories,
	checkKey,
	checkMatrix,
	checkMotions,
	checkNotes,
	checkPlaybooks,
	checkPower10,
	checkRegistry,
	checkSegments,
	checkSeries,
	checkStages,
	checkWhenMetricsMatter,
	PLAYBOOK_COUNT,
	STAGE_KEYS,
} from './fidelity/checks.ts';
import { type Content, loadContent, loadRegistry } from './fidelity/content.ts';
import {
	fieldMutationsOf,
	matrixMutations,
	type Mutation,
	playbookMutations,
} from './fidelity/mutations.ts';
import { DASH, readSource, rightAlign, STAGE_NAMES } from './fidelity/source.ts';

const source = readSource();
const registry = loadRegistry();

// Loaded on first use, so a broken content file fails the tests that read it, with its error,
// instead of stopping the whole file from being collected.
let cached: Content | undefined;
const content = (): Content => (cached ??= loadContent());

const report = (problems: string[]) => `\n${problems.join('\n')}\n`;

// The rows of one source table, with its empty cells restored, for the sizes below.
const alignedRows = (rows: { cells: string[] }[]) =>
	rows.map((row) => [row.cells[0], ...rightAlign(row.cells.slice(1), STAGE_KEYS.length)]);

describe('the source reader reads the appendix as SOURCE-NOTES.md describes it', () => {
	// If the reader were wrong, a content that copied its mistakes would pass; these pin it to
	// facts stated outside the text (SOURCE-NOTES.md and the brief).
	it('finds the six process matrices, with 8, 8, 8, 6, 11 and 6 rows and 235 cells', () => {
		expect(source.matrices.map((t) => t.title)).toEqual([
			'Sales Processes',
			'Marketing Processes',
			'Customer Success Processes',
			'Partnerships',
			'Tech Stack Evolution',
			'Metrics Focus by Stage',
		]);

		expect(source.matrices.map((t) => t.rows.length)).toEqual([8, 8, 8, 6, 11, 6]);

		const cells = source.matrices.flatMap((t) => alignedRows(t.rows).map((r) => r.slice(1)));
		expect(cells.flat()).toHaveLength(235);
		for (const table of source.matrices) {
			expect(table.header.cells.slice(1), table.title).toEqual([...STAGE_NAMES]);
		}
	});

	it('reads the rows SOURCE-NOTES.md spells out, cell by cell', () => {
		const sales = alignedRows(source.matrices[0].rows);
		const tech = alignedRows(source.matrices[4].rows);

		expect(sales.find((r) => r[0] === 'Territory Design')).toEqual(
			['Territory Design', DASH, '— or Consider', 'Essential', 'Optimized', 'Multi-geo'],
		);
		expect(sales.find((r) => r[0] === 'Commission Plan')).toEqual(
			['Commission Plan', DASH, 'First rep comp', 'Team comp', 'Segment-specific',
				'Complex plans'],
		);

		// "CPQ is 'Consider' at Optimize and 'Essential' at Platform".
		expect(tech.find((r) => r[0] === 'CPQ')).toEqual(
			['CPQ', DASH, DASH, DASH, 'Consider', 'Essential'],
		);
	});

	it('splits every row into trimmed, non-empty cells that run back into its line', () => {
		const tables = [
			source.segments, source.key, ...source.matrices, source.whenMetricsMatter,
			source.power10, source.series, ...source.motions.flatMap((m) => m.table ?? []),
		];
		for (const table of tables) {
			for (const row of [table.header, ...table.rows]) {
				const where = `${table.title}, line ${row.line}`;
				expect(row.cells.join(''), where).toBe(row.text);
				for (const cell of row.cells) expect(cell, where).toMatch(/^\S(.*\S)?$/);
			}
		}
	});

	it('reads the other tables at their sizes', () => {
		expect(source.segments.rows.map((r) => r.cells.length)).toEqual([3, 3, 3]);

		// The Key's first row lost its "—" symbol, so it is one cell short.
		expect(source.key.rows.map((r) => r.cells.length)).toEqual([1, 2, 2, 2, 2, 2]);

		expect(source.power10.rows.map((r) => r.cells.length)).toEqual(Array(10).fill(3));

		// "When Each Metric Matters" lost all its cells: only the row names are left.
		const whenRows = source.whenMetricsMatter.rows;
		expect(whenRows.map((r) => r.cells.length)).toEqual(Array(10).fill(1));

		expect(source.series.rows.map((r) => r.cells.length)).toEqual(Array(7).fill(4));

		expect(source.motions.map((m) => m.table?.rows.length ?? 0)).toEqual([0, 4, 5, 3, 0]);
	});

	it('numbers the 50 listed playbooks 1-50, each once, from the category headings', () => {
		expect(source.playbookList).toHaveLength(15);

		const numbers = source.playbookList.flatMap((h) => h.items.map((i) => i.number));
		expect([...numbers].sort((a, b) => a - b)).toEqual(
			Array.from({ length: APPENDIX_PLAYBOOKS }, (_, i) => i + 1),
		);

		// SOURCE-NOTES.md's worked example.
		const reporting = source.playbookList.find((h) => h.name === 'Reporting & Analytics');
		expect(reporting?.items.map((i) => [i.number, i.title])).toEqual([
			[8, 'Executive Reporting Suite'],
			[9, 'Quotas and Target Setting'],
			[46, 'Monthly/Quarterly GTM Reporting Pack'],
		]);
	});

	it('agrees with the registry fixture on the titles and categories of 1-50', () => {
		const problems = checkRegistry(source, registry);
		expect(problems, report(problems)).toEqual([]);
	});
});

// The claim this file exists to prove.
const CLAIM = 'every cell of every source table is in the content, exactly, at its row and stage';

describe(CLAIM, () => {
	it('stages.json: the five stage columns, in order', () => {
		const problems = checkStages(content());
		expect(problems, report(problems)).toEqual([]);
	});

	// One test per matrix, named from the source, so a failure names its table.
	source.matrices.forEach((table, g) => {
		it(`matrix ${g + 1}: ${table.title} (${table.rows.length} rows)`, () => {
			const c = content();
			const meta = c.matrices?.[g];
			const problems = checkMatrix(table, meta, c.processes[meta?.id], c);
			expect(problems, report(problems)).toEqual([]);
		});
	});

	it('the matrices hold 47 rows (8, 8, 8, 6, 11, 6) and 235 cells in all', () => {
		const c = content();
		const rows = c.matrices.map((m: { id: string }) => c.processes[m.id] ?? []);
		expect(rows.map((r: unknown[]) => r.length)).toEqual([8, 8, 8, 6, 11, 6]);

		const cells = rows.flat().flatMap((r: { cells: object }) => Object.values(r.cells));
		expect(cells).toHaveLength(235);
	});

	it('Territory Design and Commission Plan read as SOURCE-NOTES.md spells them out', () => {
		const sales = content().processes.sales ?? [];
		const row = (name: string) => sales.find((r: { name: string }) => r.name === name)?.cells;

		expect(row('Territory Design'), 'Sales Processes › Territory Design').toEqual({
			build: DASH,
			stabilize: '— or Consider',
			scale: 'Essential',
			optimize: 'Optimized',
			platform: 'Multi-geo',
		});
		expect(row('Commission Plan'), 'Sales Processes › Commission Plan').toEqual({
			build: DASH,
			stabilize: 'First rep comp',
			scale: 'Team comp',
			optimize: 'Segment-specific',
			platform: 'Complex plans',
		});
	});

	const tables: [string, () => string[]][] = [
		['Segment Definitions (3 rows)', () => checkSegments(source, content())],
		['Key (6 rows; the first symbol is "—")', () => checkKey(source, content())],
		['Power 10 Metrics (10 rows)', () => checkPower10(source, content())],
		[
			'When Each Metric Matters (10 row names; every cell unknown)',
			() => checkWhenMetricsMatter(source, content()),
		],
		['Series Benchmarks (7 rows × 3 series)', () => checkSeries(source, content())],
		[
			'PLG vs SLG Considerations (5 stages, 12 dimension rows)',
			() => checkMotions(source, content()),
		],
		['notes: the source paragraphs, each at its place', () => checkNotes(source, content())],
		[
			'Full Playbook List: category names and number ranges',
			() => checkCategories(source, content()),
		],
	];
	it.each(tables)('%s', (_, check) => {
		const problems = check();
		expect(problems, report(problems)).toEqual([]);
	});

	it('the Key\'s first row is "—" / "Not applicable / Skip"', () => {
		expect(content().maturity[0]).toMatchObject({
			symbol: DASH,
			meaning: 'Not applicable / Skip',
		});
	});
});

describe('playbooks', () => {
	it(`${PLAYBOOK_COUNT} files, numbered 1-${PLAYBOOK_COUNT} once each; 1-50 as the ` +
		'appendix lists them; all as the registry gives title and facets', () => {
		const problems = checkPlaybooks(source, registry, content());
		expect(problems, report(problems)).toEqual([]);
	});
});

describe('the checks catch every single edit to the content', () => {
	// Run all checks on a fresh copy with one edit; the edit is caught if it adds a problem
	// that the unedited content does not have, and that problem names the edited place.
	// Places the tests above already report are skipped: an edit there may just as well
	// repair them, and those tests already fail.
	const escaped = (mutations: Mutation[]) => {
		const base = content();
		const before = new Set(Object.values(checkAll(source, registry, base)).flat());
		const missed: string[] = [];
		for (const mutation of mutations) {
			const names = (p: string) => mutation.mustMention.every((word) => p.includes(word));
			if ([...before].some(names)) continue;

			const copy = structuredClone(base);
			mutation.apply(copy);
			const added = Object.values(checkAll(source, registry, copy))
				.flat()
				.filter((p) => !before.has(p));
			if (!added.some(names)) {
				missed.push(`${mutation.label}: ${added.length} new problems, none names it`);
			}
		}
		return missed;
	};

	it('each of the 235 matrix cells changed, moved, swapped or removed; each row removed or '
		+ 'swapped', () => {
		const mutations = matrixMutations(content());
		expect(mutations.length).toBeGreaterThan(235 * 2);

		const missed = escaped(mutations);
		expect(missed, report(missed)).toEqual([]);
	});

	it('each other field taken from the source changed or removed', () => {
		const missed = escaped(fieldMutationsOf(content()));
		expect(missed, report(missed)).toEqual([]);
	});

	it('each checked playbook field changed or removed', () => {
		const mutations = playbookMutations(content());
		expect(mutations.length).toBeGreaterThan(0);

		const missed = escaped(mutations);
		expect(missed, report(missed)).toEqual([]);
	});
});
