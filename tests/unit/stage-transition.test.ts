import { describe, expect, it } from 'vitest';

import { rowsAtStep, stageSteps, stepId, type StepRows } from '../../src/lib/stage-transition';
import type { Cell } from '../../src/schemas/cell';
import type { StageCells } from '../../src/lib/stage-progression';

const cells = (...values: string[]): StageCells => {
	const [build, stabilize, scale, optimize, platform] = values.map((value): Cell =>
		value === '—' ? { kind: 'not-applicable' } : { kind: 'text', text: value },
	);
	return { build, stabilize, scale, optimize, platform };
};

// Rows as the appendix has them.
const territory = {
	id: 'territory',
	cells: cells('—', '— or Consider', 'Essential', 'Optimized', 'Multi-geo'),
};
const cpq = { id: 'cpq', cells: cells('—', '—', '—', 'Consider', 'Essential') };
const overall = { id: 'overall', cells: cells('Low', 'Low-Medium', 'Medium', 'High', 'High') };
const rows = [territory, cpq, overall];

describe('stage steps', () => {
	it('are the four steps between neighbouring stages, with their addresses', () => {
		expect(stageSteps().map(stepId)).toEqual([
			'build-to-stabilize',
			'stabilize-to-scale',
			'scale-to-optimize',
			'optimize-to-platform',
		]);
	});

	it('sort rows by what happens to them on a step', () => {
		const ids = (step: StepRows<{ id: string }>) => ({
			starts: step.starts.map((row) => row.id),
			changes: step.changes.map((row) => row.id),
			same: step.same.map((row) => row.id),
			notYet: step.notYet.map((row) => row.id),
		});

		// "— or Consider" is text, so Territory Design starts to apply at Stabilize.
		expect(ids(rowsAtStep(rows, 'stabilize'))).toEqual({
			starts: ['territory'],
			changes: ['overall'],
			same: [],
			notYet: ['cpq'],
		});
		expect(ids(rowsAtStep(rows, 'optimize'))).toEqual({
			starts: ['cpq'],
			changes: ['territory', 'overall'],
			same: [],
			notYet: [],
		});
		expect(ids(rowsAtStep(rows, 'platform'))).toEqual({
			starts: [],
			changes: ['territory', 'cpq'],
			same: ['overall'],
			notYet: [],
		});
	});
});
