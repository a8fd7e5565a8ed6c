import { PLAYBOOK_COUNT } from '../../schemas/playbook';
import { STAGE_IDS } from '../../schemas/stage';
import type { ContentIndex, EntryIndex } from '../content-index';
import type { Problem } from '../problem';
import type { RawEntry } from '../read-content';

interface Rule {
	collection: string;
	field: string;
	/** How many numbers there are; by default, as many as the collection has entries. */
	count?: number;
	noun: string;
}

/**
 * Numbered and ordered collections: each number from 1 to the count is used exactly once, so
 * pages show entries in an order the data states, never the order files happen to be read in.
 */
const NUMBERED: Rule[] = [
	{ collection: 'playbooks', field: 'number', count: PLAYBOOK_COUNT, noun: 'playbook' },
	{ collection: 'metrics', field: 'number', count: 10, noun: 'Power 10 metric' },
	{ collection: 'stages', field: 'order', count: STAGE_IDS.length, noun: 'stage' },
	{ collection: 'matrices', field: 'order', noun: 'matrix' },
	{ collection: 'segments', field: 'order', noun: 'segment' },
	{ collection: 'maturity', field: 'order', noun: 'maturity level' },
	{ collection: 'series', field: 'order', noun: 'series' },
	{ collection: 'benchmarks', field: 'order', noun: 'benchmark' },
	{ collection: 'categories', field: 'order', noun: 'category' },
];

/**
 * Reads numbers from every entry read, not only those that passed their schema, so that an
 * entry with another fault does not also leave its number "missing".
 */
export function numbering(_content: ContentIndex, ids: EntryIndex): Problem[] {
	return NUMBERED.flatMap((rule) => checkNumbering(ids.get(rule.collection), rule));
}

function checkNumbering(
	entries: readonly RawEntry[] | undefined,
	{ count = entries?.length ?? 0, ...rule }: Rule,
): Problem[] {
	if (!entries || entries.length === 0) return [];

	const owners = new Map<number, string>();
	const doubled: Array<{ entry: RawEntry; value: number }> = [];

	for (const entry of entries) {
		const value = (entry.data as Record<string, unknown> | null)?.[rule.field];
		// Values that are not whole numbers are the schema's to report.
		if (typeof value !== 'number' || !Number.isInteger(value)) continue;

		if (owners.has(value)) doubled.push({ entry, value });
		else owners.set(value, entry.id);
	}

	const free = freeNumbers(owners, count);
	const problems: Problem[] = doubled.map(({ entry, value }) => ({
		file: entry.file,
		entry: entry.id,
		field: rule.field,
		message: `${value} is already the ${rule.field} of "${owners.get(value)}". Each ${rule.noun} has its own${free}.`,
		rule: 'numbering',
	}));

	// With every entry numbered, a number can be missing only where another is doubled or out
	// of range, and those are reported already; so look for gaps only when counts differ.
	const numbered = [...owners.keys()].filter((value) => value >= 1 && value <= count);
	if (numbered.length === count) return problems;

	for (let value = 1; value <= count; value++) {
		if (owners.has(value)) continue;
		problems.push({
			file: collectionPlace(entries.map((entry) => entry.file)),
			message: `No ${rule.noun} has ${rule.field} ${value}. Each of 1 to ${count} is used once: add the missing one.`,
			rule: 'numbering',
		});
	}

	return problems;
}

function freeNumbers(owners: Map<number, string>, count: number): string {
	const free = [];
	for (let value = 1; value <= count; value++) if (!owners.has(value)) free.push(value);
	return free.length > 0 ? `; free: ${free.join(', ')}` : '';
}

/** The one file a collection lives in, or the folder of its files. */
function collectionPlace(files: string[]): string {
	const unique = [...new Set(files)];
	return unique.length === 1 ? unique[0] : unique[0].replace(/[^/]*$/, '');
}
