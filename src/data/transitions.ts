import { getMatrices, getMatrixRows, getPlaybookStages, getStage } from './content';
import { rowsAtStep, stageSteps, stepId, type StageStep } from '../lib/stage-transition';

/**
 * What happens on the step from one stage to the next, read from the matrices: each matrix's
 * rows sorted by what happens to them, and the playbooks whose entry stage is the new stage.
 */
export async function getStepChanges(step: StageStep) {
	const matrices = await Promise.all(
		(await getMatrices()).map(async (matrix) => {
			const rows = (await getMatrixRows(matrix.id)).map((entry) => ({
				entry,
				cells: entry.data.cells,
			}));
			const groups = rowsAtStep(rows, step.to);
			const entries = (list: typeof rows) => list.map((row) => row.entry);
			return {
				matrix,
				// The rows that move, in the matrix's order: what starts and what changes.
				moving: entries(
					rows.filter((row) => groups.starts.includes(row) || groups.changes.includes(row)),
				),
				starts: entries(groups.starts),
				changes: entries(groups.changes),
				same: entries(groups.same),
				notYet: entries(groups.notYet),
			};
		}),
	);

	const playbooks = (await getPlaybookStages())
		.filter((entry) => entry.stage === step.to)
		.map((entry) => entry.playbook);

	return {
		id: stepId(step),
		from: await getStage(step.from),
		to: await getStage(step.to),
		matrices,
		playbooks,
		count: {
			starts: matrices.reduce((sum, group) => sum + group.starts.length, 0),
			changes: matrices.reduce((sum, group) => sum + group.changes.length, 0),
			playbooks: playbooks.length,
		},
	};
}

/** What happens on one step, as the transition pages show it. */
export type StepChanges = Awaited<ReturnType<typeof getStepChanges>>;

/** Every step, in order, with what happens on it. */
export const getAllStepChanges = () => Promise.all(stageSteps().map(getStepChanges));
