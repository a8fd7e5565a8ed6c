import { describe, expect, it } from 'vitest';

import type { Cell } from '../../src/schemas/cell';
import {
	changeAt,
	firstApplicableStage,
	nextStage,
	playbookEntryStage,
	previousStage,
	type StageCells,
} from '../../src/lib/stage-progression';

const text = (value: string): Cell => ({ kind: 'text', text: value });
const dash: Cell = { kind: 'not-applicable' };

/** Cells from Build to Platform, "—" where the process does not apply. */
function row(...values: string[]): StageCells {
	const [build, stabilize, scale, optimize, platform] = values.map((value) =>
		value === '—' ? dash : text(value),
	);
	return { build, stabilize, scale, optimize, platform };
}

// Rows as the appendix has them.
const TERRITORY = row('—', '— or Consider', 'Essential', 'Optimized', 'Multi-geo');
const CPQ = row('—', '—', '—', 'Consider', 'Essential');
const PROPOSAL = row('Flexible/manual', 'Templated', 'Structured', 'CPQ consideration', 'CPQ required');
const NEVER = row('—', '—', '—', '—', '—');

describe('stage progression', () => {
	it('finds the first stage at which a process applies', () => {
		expect(firstApplicableStage(TERRITORY)).toBe('stabilize');
		expect(firstApplicableStage(PROPOSAL)).toBe('build');
		expect(firstApplicableStage(NEVER)).toBeUndefined();
	});

	it('names the stages either side, and none beyond the ends', () => {
		expect(previousStage('scale')).toBe('stabilize');
		expect(nextStage('scale')).toBe('optimize');
		expect(previousStage('build')).toBeUndefined();
		expect(nextStage('platform')).toBeUndefined();
	});

	it('says how a process changes from the stage before', () => {
		expect(changeAt(TERRITORY, 'build')).toEqual({ kind: 'first', now: dash });
		// "— or Consider" is text of its own, not the dash: the process starts at Stabilize.
		expect(changeAt(TERRITORY, 'stabilize')).toEqual({ kind: 'starts', now: text('— or Consider') });
		expect(changeAt(TERRITORY, 'scale')).toEqual({
			kind: 'changes',
			before: text('— or Consider'),
			now: text('Essential'),
		});
		expect(changeAt(CPQ, 'stabilize')).toEqual({ kind: 'same', now: dash });
	});

	it('puts a playbook at the first stage where all its processes apply', () => {
		expect(playbookEntryStage([PROPOSAL, CPQ])).toBe('optimize');
		expect(playbookEntryStage([PROPOSAL])).toBe('build');
		expect(playbookEntryStage([TERRITORY, PROPOSAL])).toBe('stabilize');
	});

	it('gives no stage to a playbook with no process, or one that never applies', () => {
		expect(playbookEntryStage([])).toBeUndefined();
		expect(playbookEntryStage([PROPOSAL, NEVER])).toBeUndefined();
	});
});
