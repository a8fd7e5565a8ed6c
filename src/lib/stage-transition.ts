import { STAGE_IDS, type StageId } from '../schemas/stage';
import { changeAt, type StageCells } from './stage-progression';

/** A step from one stage to the next, such as Build to Stabilize. */
export interface StageStep {
	from: StageId;
	to: StageId;
}

/** Every step between neighbouring stages, in order: four steps for five stages. */
export function stageSteps(): StageStep[] {
	return STAGE_IDS.slice(1).map((to, index) => ({ from: STAGE_IDS[index], to }));
}

/** A step's id, which is also its address: "build-to-stabilize". */
export const stepId = ({ from, to }: StageStep) => `${from}-to-${to}`;

/** The rows of one matrix sorted by what happens to them at a step. */
export interface StepRows<Row> {
	/** Rows that did not apply before the step and do after it. */
	starts: Row[];
	/** Rows that applied before and read differently after. */
	changes: Row[];
	/** Rows that apply and read the same on both sides. */
	same: Row[];
	/** Rows that apply on neither side. */
	notYet: Row[];
}

/**
 * Sorts rows by what happens to them on the step into `to`, using the same comparison as the
 * stage pages (changeAt), so a transition page and the stage page it leads to always agree.
 * Each group keeps the rows' order.
 */
export function rowsAtStep<Row extends { cells: StageCells }>(
	rows: readonly Row[],
	to: StageId,
): StepRows<Row> {
	const groups: StepRows<Row> = { starts: [], changes: [], same: [], notYet: [] };

	for (const row of rows) {
		const change = changeAt(row.cells, to);
		if (change.kind === 'starts') groups.starts.push(row);
		else if (change.kind === 'changes') groups.changes.push(row);
		else if (change.now.kind === 'not-applicable') groups.notYet.push(row);
		else groups.same.push(row);
	}

	return groups;
}
