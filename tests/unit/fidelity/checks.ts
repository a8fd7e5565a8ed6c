// Compares the source, as read by ./source.ts, with the content, as loaded by ./content.ts.
// Each check returns a list of problems, one string per difference, naming the table, the row
// and the stage or column, with the expected (source) and received (content) values. Returning
// lists rather than asserting lets the test also prove that every single edit is caught.

import type { Content, Json } from './content.ts';
import { DASH, rightAlign, STAGE_NAMES, type Source, type Table } from './source.ts';

export const STAGE_KEYS = STAGE_NAMES.map((name) => name.toLowerCase());

export const PLAYBOOK_COUNT = 68;
export const APPENDIX_PLAYBOOKS = 50;
export const FACETS = ['function', 'team', 'outcome', 'metric', 'complexity'] as const;

type Problems = string[];

const show = (value: unknown): string =>
	value === undefined ? 'undefined' : JSON.stringify(value);

const at = (where: string[]) => where.join(' › ');

// Record a problem unless the two values are equal (deeply, for facet lists).
function compare(problems: Problems, where: string[], expected: unknown, received: unknown) {
	if (show(expected) !== show(received)) {
		problems.push(`${at(where)}: expected ${show(expected)}, received ${show(received)}`);
	}
}

const list = (value: Json): Json[] => (Array.isArray(value) ? value : []);

// Rows are compared by position, so a dropped, added or reordered row is reported too.
function compareLength(problems: Problems, where: string[], expected: number, received: Json) {
	if (!Array.isArray(received)) {
		const what = `expected a list of ${expected} rows, received ${show(received)}`;
		problems.push(`${at(where)}: ${what}`);
	} else if (received.length !== expected) {
		problems.push(`${at(where)}: expected ${expected} rows, received ${received.length}`);
	}
}

const rowLabel = (i: number, name: string) => `row ${i + 1} "${name}"`;

export function checkStages(c: Content): Problems {
	const problems: Problems = [];
	compareLength(problems, ['stages.json'], STAGE_NAMES.length, c.stages);
	STAGE_NAMES.forEach((name, i) => {
		const stage = list(c.stages)[i];
		compare(problems, ['stages.json', `stage ${i + 1}`, 'id'], STAGE_KEYS[i], stage?.id);
		compare(problems, ['stages.json', `stage ${i + 1}`, 'name'], name, stage?.name);
	});
	return problems;
}

// One process matrix: the heading, the header line, and every row at every stage.
export function checkMatrix(table: Table, meta: Json, rows: Json, c: Content): Problems {
	const problems: Problems = [];
	const title = table.title;
	compare(problems, [title, 'title (matrices.json)'], title, meta?.title);
	compare(problems, [title, 'first column header'], table.header.cells[0], meta?.rowHeader);

	// The header line is the first column's header and the five stage names, run together.
	const stageNames = list(c.stages).map((s) => s?.name);
	const header = [meta?.rowHeader, ...stageNames].join('');
	compare(problems, [title, 'header line'], table.header.text, header);

	compareLength(problems, [title, `processes/${meta?.id}.json`], table.rows.length, rows);
	const count = Math.max(table.rows.length, list(rows).length);
	for (let i = 0; i < count; i++) {
		const source = table.rows[i];
		const row = list(rows)[i];
		const where = [title, rowLabel(i, source?.cells[0] ?? row?.name)];
		if (!source) {
			problems.push(`${at(where)}: the source has no such row`);
			continue;
		}
		compare(problems, [...where, 'name'], source.cells[0], row?.name);

		// Reading 1: the source row split at its joins, right-aligned, cell by cell.
		const expected = rightAlign(source.cells.slice(1), STAGE_KEYS.length);
		STAGE_KEYS.forEach((key, k) => {
			compare(problems, [...where, STAGE_NAMES[k]], expected[k], row?.cells?.[key]);
		});
		const keys = Object.keys(row?.cells ?? {});
		const extra = keys.filter((key) => !STAGE_KEYS.includes(key));
		if (extra.length > 0) problems.push(`${at(where)}: unexpected cells ${show(extra)}`);

		// Reading 2, which does not depend on where the reader splits: the content's name and
		// non-"—" cells, run together, must give back the source line exactly...
		const cells = STAGE_KEYS.map((key) => row?.cells?.[key]);
		const rebuilt = `${row?.name}${cells.filter((cell) => cell !== DASH).join('')}`;
		compare(problems, [...where, 'line rebuilt from content'], source.text, rebuilt);

		// ...and every "—" must be a leading cell, because the source only drops leading ones.
		const firstFilled = cells.findIndex((cell) => cell !== DASH);
		cells.forEach((cell, k) => {
			if (cell === DASH && firstFilled >= 0 && k > firstFilled) {
				problems.push(
					`${[...where, STAGE_NAMES[k]].join(' › ')}: "—" after a filled cell ` +
						`(${STAGE_NAMES[firstFilled]}); the source only drops leading cells`,
				);
			}
		});
	}
	return problems;
}

export function checkMatrices(src: Source, c: Content): Problems {
	const problems: Problems = [];
	compareLength(problems, ['matrices.json'], src.matrices.length, c.matrices);
	src.matrices.forEach((table, g) => {
		const meta = list(c.matrices)[g];
		problems.push(...checkMatrix(table, meta, c.processes[meta?.id], c));
	});
	return problems;
}

// A fixed-width table whose content rows are objects: compare column by column.
function checkRows(
	problems: Problems,
	file: string,
	rows: Json,
	sourceRows: string[][],
	columns: { label: string; get: (row: Json) => unknown }[],
	title: string,
) {
	compareLength(problems, [title, file], sourceRows.length, rows);
	sourceRows.forEach((cells, i) => {
		if (cells.length !== columns.length) {
			problems.push(`${title} › ${rowLabel(i, cells[0])}: the source row has ` +
				`${cells.length} cells, the table has ${columns.length}`);
		}
		columns.forEach((column, k) => {
			const where = [title, rowLabel(i, cells[0]), column.label];
			compare(problems, where, cells[k], column.get(list(rows)[i]));
		});
	});
}

export function checkSegments(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const [name, size, acv] = src.segments.header.cells;
	checkRows(problems, 'segments.json', c.segments, src.segments.rows.map((r) => r.cells), [
		{ label: name, get: (r) => r?.name },
		{ label: size, get: (r) => r?.customerSize },
		{ label: acv, get: (r) => r?.acvBand },
	], src.segments.title);
	return problems;
}

export function checkKey(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const [symbol, meaning] = src.key.header.cells;
	// The first row lost its "—" symbol; right-aligning restores it, as for the matrices.
	const rows = src.key.rows.map((r) => rightAlign(r.cells, 2));
	checkRows(problems, 'maturity.json', c.maturity, rows, [
		{ label: symbol, get: (r) => r?.symbol },
		{ label: meaning, get: (r) => r?.meaning },
	], src.key.title);
	return problems;
}

export function checkPower10(src: Source, c: Content): Problems {
	const problems: Problems = [];
	// The "#" column is a number run into the metric's name: "1ARR", "10Net Retention".
	const rows = src.power10.rows.map((r) => {
		const [, number, name] = /^(\d+)(.*)$/.exec(r.cells[0]) ?? ['', '', r.cells[0]];
		return [number, name, ...r.cells.slice(1)];
	});
	checkRows(problems, 'metrics.json', c.metrics, rows, [
		{ label: '#', get: (r) => (r?.number === undefined ? undefined : String(r.number)) },
		{ label: 'Metric', get: (r) => r?.name },
		{ label: 'Definition', get: (r) => r?.definition },
		{ label: 'Why It Matters', get: (r) => r?.whyItMatters },
	], src.power10.title);
	list(c.metrics).forEach((m, i) => {
		if (typeof m?.number !== 'number') {
			problems.push(`${src.power10.title} › row ${i + 1} › #: expected a number, ` +
				`received ${show(m?.number)}`);
		}
	});
	return problems;
}

export function checkWhenMetricsMatter(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const table = src.whenMetricsMatter;
	compareLength(problems, [table.title, 'metrics.json'], table.rows.length, c.metrics);
	table.rows.forEach((row, i) => {
		const where = [table.title, rowLabel(i, row.text)];
		const when = list(c.metrics)[i]?.whenItMatters;
		compare(problems, [...where, 'label'], row.text, when?.label);

		// The source kept no cell of this table, so each must be unknown (null), never "—"
		// and never a guessed value.
		if (row.cells.length !== 1) problems.push(`${at(where)}: the source row has cells`);
		STAGE_KEYS.forEach((key, k) => {
			const stages = when?.stages ?? {};
			const received = key in stages ? stages[key] : undefined;
			compare(problems, [...where, STAGE_NAMES[k]], null, received);
		});
		const extra = Object.keys(when?.stages ?? {}).filter((key) => !STAGE_KEYS.includes(key));
		if (extra.length > 0) problems.push(`${at(where)}: unexpected stages ${show(extra)}`);
	});
	return problems;
}

export function checkSeries(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const table = src.series;
	const names = table.header.cells.slice(1);
	compareLength(problems, [table.title, 'series.json'], names.length, c.series);
	names.forEach((name, j) => {
		compare(problems, [table.title, 'header', `column ${j + 2}`], name,
			list(c.series)[j]?.name);
	});
	const ids: string[] = names.map((_, j) => list(c.series)[j]?.id);
	checkRows(problems, 'benchmarks.json', c.benchmarks, table.rows.map((r) => r.cells), [
		{ label: table.header.cells[0], get: (r) => r?.name },
		...names.map((name, j) => ({ label: name, get: (r: Json) => r?.values?.[ids[j]]?.text })),
	], table.title);
	list(c.benchmarks).forEach((b, i) => {
		const extra = Object.keys(b?.values ?? {}).filter((id) => !ids.includes(id));
		if (extra.length > 0) {
			const where = [table.title, rowLabel(i, b?.name)];
			problems.push(`${at(where)}: unexpected series ${show(extra)}`);
		}
	});
	return problems;
}

export function checkMotions(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const title = 'PLG vs SLG Considerations';
	compareLength(problems, [title, 'motions.json'], src.motions.length, c.motions);
	src.motions.forEach((motion, k) => {
		const entry = list(c.motions)[k];
		const where = [title, `${motion.stage} Stage`];
		compare(problems, [...where, 'stage'], STAGE_KEYS[k], entry?.stage);
		compare(problems, [...where, 'summary'], motion.lead, entry?.summary);
		const rows = motion.table?.rows.map((r) => r.cells) ?? [];
		const [dimension, plg, slg] = motion.table?.header.cells ?? ['Dimension', 'PLG', 'SLG'];
		checkRows(problems, 'dimensions', entry?.dimensions, rows, [
			{ label: dimension, get: (r) => r?.name },
			{ label: plg, get: (r) => r?.plg },
			{ label: slg, get: (r) => r?.slg },
		], at(where));
	});
	return problems;
}

export function checkNotes(src: Source, c: Content): Problems {
	const problems: Problems = [];
	const notes = list(c.notes);
	for (const [id, text] of Object.entries(src.paragraphs)) {
		const found = notes.filter((n) => n?.id === id);
		if (found.length !== 1) {
			problems.push(`notes.json › ${id}: expected one note, received ${found.length}`);
		}
		compare(problems, ['notes.json', id, 'text'], text, found[0]?.text);
	}
	// Any other note must still be a paragraph of the source, word for word.
	const paragraphs = new Set(src.blocks.map((b) => b.lines.join('\n')));
	for (const note of notes) {
		if (!(note?.id in src.paragraphs) && !paragraphs.has(note?.text)) {
			problems.push(`notes.json › ${note?.id}: text is not a paragraph of the source: ` +
				show(note?.text));
		}
	}
	return problems;
}

export function checkCategories(src: Source, c: Content): Problems {
	const problems: Problems = [];
	// Categories the appendix lists carry its number ranges; any category added for 51-68
	// has none and is not compared.
	const listed = list(c.categories).filter((cat) => cat?.appendixNumbers != null);
	compareLength(problems, ['Full Playbook List', 'categories.json'],
		src.playbookList.length, listed);
	src.playbookList.forEach((heading, i) => {
		const where = ['Full Playbook List', `category ${i + 1} "${heading.name}"`];
		compare(problems, [...where, 'name'], heading.name, listed[i]?.name);
		compare(problems, [...where, 'appendixNumbers'], heading.numbersText,
			listed[i]?.appendixNumbers);
	});
	return problems;
}

// The appendix's own list: number -> title and category heading, for 1-50.
export function sourcePlaybooks(src: Source): Map<number, { title: string; category: string }> {
	const byNumber = new Map<number, { title: string; category: string }>();
	for (const heading of src.playbookList) {
		for (const item of heading.items) {
			byNumber.set(item.number, { title: item.title, category: heading.name });
		}
	}
	return byNumber;
}

export function checkPlaybooks(src: Source, registry: Json[], c: Content): Problems {
	const problems: Problems = [];
	const where = (n: number, file: string, field: string) =>
		['Playbooks', `#${n} (${file})`, field];
	if (c.playbooks.length !== PLAYBOOK_COUNT) {
		problems.push(`Playbooks: expected ${PLAYBOOK_COUNT} .mdx files, ` +
			`received ${c.playbooks.length}`);
	}
	for (const p of c.playbooks) {
		if (p.error) problems.push(`Playbooks › ${p.file}: frontmatter unreadable: ${p.error}`);
	}

	const byNumber = new Map<number, typeof c.playbooks>();
	for (const p of c.playbooks.filter((p) => p.data)) {
		const n = p.data.number;
		if (!Number.isInteger(n) || n < 1 || n > PLAYBOOK_COUNT) {
			problems.push(`Playbooks › ${p.file} › number: expected 1-${PLAYBOOK_COUNT}, ` +
				`received ${show(n)}`);
			continue;
		}
		byNumber.set(n, [...(byNumber.get(n) ?? []), p]);
	}

	const fromSource = sourcePlaybooks(src);
	const categoryName = new Map(list(c.categories).map((cat) => [cat?.id, cat?.name]));
	for (let n = 1; n <= PLAYBOOK_COUNT; n++) {
		const found = byNumber.get(n) ?? [];
		if (found.length !== 1) {
			const files = found.map((p) => p.file);
			problems.push(`Playbooks › #${n}: expected one file, received ${show(files)}`);
		}
		const entry = registry.find((r) => r.number === n);
		const listed = fromSource.get(n);

		// With two files for one number, each is compared, so the wrong one is named.
		for (const { file, data } of found) {
			const inAppendix = n <= APPENDIX_PLAYBOOKS;
			compare(problems, where(n, file, 'inAppendix'), inAppendix, data.inAppendix);
			if (listed) {
				compare(problems, where(n, file, 'title (appendix)'), listed.title, data.title);
				compare(problems, where(n, file, 'category (appendix heading)'), listed.category,
					categoryName.get(data.category));
			} else if (!categoryName.has(data.category)) {
				problems.push(`${at(where(n, file, 'category'))}: ${show(data.category)} ` +
					'is not an id in categories.json');
			}
			compare(problems, where(n, file, 'title (registry)'), entry?.title, data.title);
			for (const facet of FACETS) {
				compare(problems, where(n, file, `facets.${facet}`), entry?.[facet],
					data.facets?.[facet]);
			}
		}
	}
	return problems;
}

// The registry fixture and the source must agree before the content is held to both.
export function checkRegistry(src: Source, registry: Json[]): Problems {
	const problems: Problems = [];
	const fromSource = sourcePlaybooks(src);
	const numbers = registry.map((r) => r.number);
	const expected = Array.from({ length: PLAYBOOK_COUNT }, (_, i) => i + 1);
	compare(problems, ['playbook-registry.json', 'numbers'], expected, numbers);
	for (const entry of registry) {
		const listed = fromSource.get(entry.number);
		const where = ['playbook-registry.json', `#${entry.number}`];
		compare(problems, [...where, 'title'], listed?.title ?? entry.title, entry.title);
		compare(problems, [...where, 'appendixCategory'], listed?.category ?? null,
			entry.appendixCategory);
	}
	return problems;
}

export function checkAll(src: Source, registry: Json[], c: Content): Record<string, Problems> {
	return {
		stages: checkStages(c),
		matrices: checkMatrices(src, c),
		segments: checkSegments(src, c),
		key: checkKey(src, c),
		power10: checkPower10(src, c),
		whenMetricsMatter: checkWhenMetricsMatter(src, c),
		series: checkSeries(src, c),
		motions: checkMotions(src, c),
		notes: checkNotes(src, c),
		categories: checkCategories(src, c),
		playbooks: checkPlaybooks(src, registry, c),
	};
}
