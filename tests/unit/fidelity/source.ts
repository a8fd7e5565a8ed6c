// Reads the appendix source text (tests/fixtures/appendix.txt) on its own terms, without
// looking at content/ or src/, so the fidelity test compares two independent readings.
//
// The text lost its table borders: a row is its cells run together on one line. This reader
// splits a row where two cells visibly join (a word ends and the next cell starts without a
// space, as in "HypothesisValidated" or "NRRSegment NRR"), which is how a person reads it.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_PATH = fileURLToPath(
	new URL('../../fixtures/appendix.txt', import.meta.url),
);

// The columns of every stage table, as SOURCE-NOTES.md states them.
export const STAGE_NAMES = ['Build', 'Stabilize', 'Scale', 'Optimize', 'Platform'] as const;

// A "not applicable" cell; the source dropped these, SOURCE-NOTES restores them.
export const DASH = '—';

export interface Block {
	// 1-based line number of the block's first line, for failure messages.
	line: number;
	lines: string[];
}

export interface Row {
	line: number;
	text: string;
	cells: string[];
}

export interface Table {
	// The line that names the table (a heading, or the lead line above a PLG/SLG table).
	title: string;
	header: Row;
	rows: Row[];
}

export interface PlaybookHeading {
	name: string;
	numbersText: string;
	numbers: number[];
	items: { number: number; title: string; line: number }[];
}

export interface MotionStage {
	stage: string;
	// The first paragraph under "<Stage> Stage": the whole guidance, or a lead line.
	lead: string;
	table: Table | null;
}

export interface Source {
	text: string;
	blocks: Block[];
	segments: Table;
	key: Table;
	// The six process matrices, in source order.
	matrices: Table[];
	whenMetricsMatter: Table;
	power10: Table;
	series: Table;
	motions: MotionStage[];
	// Paragraphs keyed by where they sit, so a note can be checked against its own place.
	paragraphs: Record<string, string>;
	playbookList: PlaybookHeading[];
}

// Uppercase words that stand alone somewhere in the source ("NRR", "GRR", "PLG", "SLG"...).
// Two of them run together ("NRRGRR", "PLGSLG") are the one kind of join that no change of
// case reveals; splitting only into words the source itself uses keeps that honest.
function acronymsOf(text: string): Set<string> {
	return new Set(text.match(/(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g) ?? []);
}

const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;

// True when a cell boundary lies between s[i - 1] and s[i].
function isJoin(s: string, i: number, acronyms: Set<string>): boolean {
	const a = s[i - 1];
	const b = s[i];
	if (/\s/.test(a) || /\s/.test(b)) return false;

	// "HypothesisValidated", "(BANT)Methodology": a word or bracket ends, a capital begins.
	if (/[a-z)%+]/.test(a) && UPPER.test(b)) return true;

	// "CRMFree", "NRRSegment", "M&AActive": an acronym ends, a capitalised word begins.
	const wordFollows = LOWER.test(s[i + 1] ?? '') && LOWER.test(s[i + 2] ?? '');
	if (UPPER.test(a) && UPPER.test(b) && wordFollows) return true;

	// "ARR$5M+", "revenue$0", "CAC>2:1", "Design— or Consider": money, a bound or a dash begins.
	if (/[A-Za-z0-9)%+]/.test(a) && /[$>—]/.test(b)) return true;

	// "Market100", "(expansion-heavy)105", "100%+75%+", "GRR85%+": a number begins.
	if (/[A-Za-z)%+]/.test(a) && /[0-9]/.test(b)) return true;

	// "Conversion% of MQLs": a percentage begins.
	if (LOWER.test(a) && b === '%') return true;

	// "NRRGRR", "PLGSLG": two acronyms the source uses on their own elsewhere.
	if (UPPER.test(a) && UPPER.test(b)) {
		const start = s.slice(0, i).search(/[A-Z]+$/);
		const endMatch = /^[A-Z]+/.exec(s.slice(i));
		const left = s.slice(start, i);
		const right = endMatch ? endMatch[0] : '';
		const runEndsWord = !LOWER.test(s[i + right.length] ?? '');
		if (runEndsWord && acronyms.has(left) && acronyms.has(right)) return true;
	}
	return false;
}

export function splitCells(line: string, acronyms: Set<string>): string[] {
	const cells: string[] = [];
	let from = 0;
	for (let i = 1; i < line.length; i++) {
		if (isJoin(line, i, acronyms)) {
			cells.push(line.slice(from, i));
			from = i;
		}
	}
	cells.push(line.slice(from));
	return cells;
}

// Right-align a short row into `width` columns: SOURCE-NOTES says the dropped cells are the
// leading ones, and each was "—".
export function rightAlign(cells: string[], width: number): string[] {
	if (cells.length > width) {
		throw new Error(`row has ${cells.length} cells, table has ${width}: ${cells.join(' | ')}`);
	}
	return [...Array<string>(width - cells.length).fill(DASH), ...cells];
}

function toBlocks(lines: string[]): Block[] {
	const blocks: Block[] = [];
	let current: Block | null = null;
	lines.forEach((raw, index) => {
		const text = raw.trimEnd();
		if (text.trim() === '') {
			current = null;
			return;
		}
		if (current === null) {
			current = { line: index + 1, lines: [] };
			blocks.push(current);
		}
		current.lines.push(text);
	});
	return blocks;
}

// Expand a category's number list: "08-09, 46" -> 8, 9, 46. "50+" is open: it starts at 50
// and takes as many numbers as the heading has items.
export function expandNumbers(spec: string, itemCount: number): number[] {
	const numbers: number[] = [];
	for (const part of spec.split(',').map((p) => p.trim())) {
		const range = /^(\d+)-(\d+)$/.exec(part);
		const open = /^(\d+)\+$/.exec(part);
		if (range) {
			for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n);
		} else if (open) {
			const first = Number(open[1]);
			const count = Math.max(1, itemCount - numbers.length);
			for (let n = first; n < first + count; n++) numbers.push(n);
		} else if (/^\d+$/.test(part)) {
			numbers.push(Number(part));
		} else {
			throw new Error(`unreadable number range "${part}" in "${spec}"`);
		}
	}
	return numbers;
}

export function readSource(path: string = SOURCE_PATH): Source {
	const text = readFileSync(path, 'utf8');
	const blocks = toBlocks(text.split('\n'));
	const acronyms = acronymsOf(text);
	const row = (line: number, rowText: string): Row => ({
		line,
		text: rowText,
		cells: splitCells(rowText, acronyms),
	});

	// The index of the one single-line block that reads exactly `heading`.
	const indexOf = (heading: string, from = 0): number => {
		const found = blocks.findIndex(
			(b, i) => i >= from && b.lines.length === 1 && b.lines[0] === heading,
		);
		if (found < 0) throw new Error(`source has no heading "${heading}"`);
		return found;
	};
	const blockAt = (index: number): Block => {
		const block = blocks[index];
		if (!block) throw new Error(`source ends before block ${index}`);
		return block;
	};
	const paragraphAt = (index: number): string => blockAt(index).lines.join('\n');
	const tableAt = (index: number, title: string): Table => {
		const block = blockAt(index);
		const [header, ...rows] = block.lines.map((l, i) => row(block.line + i, l));
		return { title, header, rows };
	};

	// Every table whose header ends with the five stages: the six matrices and
	// "When Each Metric Matters". Its name is the block just above it.
	const stageTables: Table[] = [];
	blocks.forEach((block, index) => {
		const cells = splitCells(block.lines[0], acronyms);
		const tail = cells.slice(1).join('|');
		if (block.lines.length > 1 && cells.length === 6 && tail === STAGE_NAMES.join('|')) {
			stageTables.push(tableAt(index, paragraphAt(index - 1)));
		}
	});
	const whenTitle = 'When Each Metric Matters';
	const whenMetricsMatter = stageTables.find((t) => t.title === whenTitle);
	if (!whenMetricsMatter) throw new Error(`source has no "${whenTitle}" table`);

	const motionsAt = indexOf('PLG vs SLG Considerations');
	const motions = STAGE_NAMES.map((stage): MotionStage => {
		const at = indexOf(`${stage} Stage`, motionsAt);
		const lead = paragraphAt(at + 1);
		const next = blocks[at + 2];
		const isTable = next !== undefined && next.lines.length > 1;
		return { stage, lead, table: isTable ? tableAt(at + 2, lead) : null };
	});
	const platformAt = indexOf('Platform Stage', motionsAt);

	const power10At = indexOf('Power 10 Metrics');
	const listAt = indexOf('Full Playbook List');

	// After the list's intro come pairs: a "Name (numbers)" heading, then its numbered items.
	const playbookList: PlaybookHeading[] = [];
	for (let i = listAt + 2; i < blocks.length; i += 2) {
		const heading = /^(.+) \(([\d\s,+-]+)\)$/.exec(blocks[i].lines.join(' '));
		if (!heading) break;
		const itemsBlock = blockAt(i + 1);
		const titles = itemsBlock.lines.map((l, k) => {
			// The list numbering restarts at 1 in each category, so only the title counts.
			const item = /^\s+\d+\.\s+(.+)$/.exec(l);
			if (!item) throw new Error(`line ${itemsBlock.line + k} is not a list item: ${l}`);
			return { title: item[1], line: itemsBlock.line + k };
		});
		const numbers = expandNumbers(heading[2], titles.length);
		playbookList.push({
			name: heading[1],
			numbersText: heading[2],
			numbers,
			items: titles.map((t, k) => ({ number: numbers[k], ...t })),
		});
	}

	return {
		text,
		blocks,
		segments: tableAt(indexOf('Segment Definitions') + 1, 'Segment Definitions'),
		key: tableAt(indexOf('Key') + 1, 'Key'),
		matrices: stageTables.filter((t) => t !== whenMetricsMatter),
		whenMetricsMatter,
		power10: tableAt(power10At + 2, 'Power 10 Metrics'),
		series: tableAt(indexOf('Series Benchmarks') + 1, 'Series Benchmarks'),
		motions,
		paragraphs: {
			'matrix-intro': paragraphAt(indexOf('Process Matrix') + 1),
			'motions-intro': paragraphAt(motionsAt + 1),
			// The note that follows the Platform Stage paragraph closes the PLG/SLG section.
			'motions-how-to-use': paragraphAt(platformAt + 2),
			'power-10-intro': paragraphAt(power10At + 1),
			'playbooks-intro': paragraphAt(listAt + 1),
		},
		playbookList,
	};
}
