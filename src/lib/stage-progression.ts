import type { Cell } from '../schemas/cell';
import { STAGE_IDS, type StageId } from '../schemas/stage';

export type StageCells = Record<StageId, Cell>;

/** The first stage at which a process applies, or undefined if it never does. */
export function firstApplicableStage(cells: StageCells): StageId | undefined {
	return STAGE_IDS.find((stage) => cells[stage].kind !== 'not-applicable');
}

/** The stage before this one, if any. */
export function previousStage(stage: StageId): StageId | undefined {
	return STAGE_IDS[STAGE_IDS.indexOf(stage) - 1];
}

/** The stage after this one, if any. */
export function nextStage(stage: StageId): StageId | undefined {
	return STAGE_IDS[STAGE_IDS.indexOf(stage) + 1];
}

/**
 * How a process differs at `stage` from the stage before:
 * - `starts`: it did not apply before and does now;
 * - `changes`: it applied before and reads differently now;
 * - `same`: it reads the same, or still does not apply;
 * - `first`: there is no stage before (Build).
 */
export type StageChange =
	| { kind: 'first'; now: Cell }
	| { kind: 'starts'; now: Cell }
	| { kind: 'changes'; before: Cell; now: Cell }
	| { kind: 'same'; now: Cell };

export function changeAt(cells: StageCells, stage: StageId): StageChange {
	const now = cells[stage];
	const before = previousStage(stage);
	if (!before) return { kind: 'first', now };

	const was = cells[before];
	if (was.kind === 'not-applicable' && now.kind !== 'not-applicable') return { kind: 'starts', now };
	if (sameCell(was, now)) return { kind: 'same', now };
	return { kind: 'changes', before: was, now };
}

function sameCell(a: Cell, b: Cell): boolean {
	if (a.kind === 'text' && b.kind === 'text') return a.text === b.text;
	return a.kind === b.kind;
}

/**
 * The stage at which a playbook comes into play: the first stage at which every process it
 * builds or changes applies. Taking the earliest of them instead would put almost every
 * playbook at Build, since the CRM and most sales rows apply from the start; CPQ
 * Implementation belongs where CPQ does, at Optimize. Undefined when it maps to no process
 * that ever applies.
 */
export function playbookEntryStage(processes: readonly StageCells[]): StageId | undefined {
	const firsts = processes.map(firstApplicableStage);
	if (firsts.length === 0 || firsts.includes(undefined)) return undefined;

	return STAGE_IDS.findLast((stage) => firsts.includes(stage));
}
