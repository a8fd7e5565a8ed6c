import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

import { STAGE_IDS, type StageId } from '../schemas/stage';
import { processTitles } from '../lib/process-titles';
import { firstApplicableStage, playbookEntryStage } from '../lib/stage-progression';

/** Content in the order pages show it: the data says the order, never the file system. */

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) =>
	a.data.number - b.data.number;

export const getStages = async () => (await getCollection('stages')).sort(byOrder);

export async function getStage(id: StageId) {
	return required(await getEntry('stages', id), 'stages', id);
}

export const getMatrices = async () => (await getCollection('matrices')).sort(byOrder);

export async function getMatrix(id: string) {
	return required(await getEntry('matrices', id), 'matrices', id);
}

/** All rows of all matrices, matrix by matrix, each in its matrix's order. */
export async function getProcesses() {
	const order = new Map((await getMatrices()).map((matrix) => [matrix.id, matrix.data.order]));
	return (await getCollection('processes')).sort(
		(a, b) =>
			order.get(a.data.matrix.id)! - order.get(b.data.matrix.id)! || a.data.order - b.data.order,
	);
}

/** Each row's page title: its name, with its matrix's where two rows share a name. */
export async function getProcessTitles() {
	const names = new Map((await getMatrices()).map((matrix) => [matrix.id, matrix.data.name]));
	return processTitles(
		(await getProcesses()).map((row) => ({
			id: row.id,
			name: row.data.name,
			matrixName: names.get(row.data.matrix.id)!,
		})),
	);
}

export async function getProcess(id: string) {
	return required(await getEntry('processes', id), 'processes', id);
}

export const getMatrixRows = async (matrixId: string) =>
	(await getProcesses()).filter((row) => row.data.matrix.id === matrixId);

export const getCategories = async () => (await getCollection('categories')).sort(byOrder);

export const getPlaybooks = async () => (await getCollection('playbooks')).sort(byNumber);

export const getMetrics = async () => (await getCollection('metrics')).sort(byNumber);

export const getSeries = async () => (await getCollection('series')).sort(byOrder);

export const getBenchmarks = async () => (await getCollection('benchmarks')).sort(byOrder);

export const getSegments = async () => (await getCollection('segments')).sort(byOrder);

export const getMaturityKey = async () => (await getCollection('maturity')).sort(byOrder);

/** Glossary terms, A to Z by term. */
export const getGlossary = async () =>
	(await getCollection('glossary')).sort((a, b) =>
		a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
	);

/** The other rows that describe the same thing as this one, with what they share. */
export async function getLinkedProcesses(processId: string) {
	const links = (await getCollection('processLinks')).filter((link) =>
		link.data.processes.some((ref) => ref.id === processId),
	);
	return Promise.all(
		links.flatMap((link) =>
			link.data.processes
				.filter((ref) => ref.id !== processId)
				.map(async (ref) => ({ process: await getProcess(ref.id), note: link.data.note })),
		),
	);
}

/** The PLG vs SLG rows that are about a process, with the stage each belongs to. */
export async function getMotionRowsForProcess(processId: string) {
	return (await getMotions()).flatMap((motion) =>
		motion.data.dimensions
			.filter((dimension) => dimension.processes?.some((ref) => ref.id === processId))
			.map((dimension) => ({ stage: motion.data.stage.id as StageId, dimension })),
	);
}

/** The benchmark rows that measure a metric. */
export const getBenchmarksForMetric = async (metricId: string) =>
	(await getBenchmarks()).filter((row) => row.data.metric?.id === metricId);

/** Each playbook with the stage it comes into play, computed from its processes. */
export async function getPlaybookStages() {
	const playbooks = await getPlaybooks();
	const stages = await Promise.all(playbooks.map(getPlaybookEntryStage));
	return playbooks.map((playbook, index) => ({ playbook, stage: stages[index] }));
}

/** PLG vs SLG guidance, one entry per stage, in stage order. */
export async function getMotions() {
	const motions = await getCollection('motions');
	return motions.sort(
		(a, b) =>
			STAGE_IDS.indexOf(a.data.stage.id as StageId) - STAGE_IDS.indexOf(b.data.stage.id as StageId),
	);
}

export async function getNote(id: string) {
	return required(await getEntry('notes', id), 'notes', id).data.text;
}

/** The playbooks that name a process among theirs. */
export async function getPlaybooksForProcess(processId: string) {
	return (await getPlaybooks()).filter((playbook) =>
		playbook.data.processes.some((ref) => ref.id === processId),
	);
}

/** The playbooks that name a metric among theirs. */
export async function getPlaybooksForMetric(metricId: string) {
	return (await getPlaybooks()).filter((playbook) =>
		playbook.data.metrics.some((ref) => ref.id === metricId),
	);
}

/** The stage a playbook comes into play: the first at which all its processes apply. */
export async function getPlaybookEntryStage(playbook: CollectionEntry<'playbooks'>) {
	const rows = await Promise.all(playbook.data.processes.map((ref) => getProcess(ref.id)));
	return playbookEntryStage(rows.map((row) => row.data.cells));
}

/** The processes that start to apply at a stage (for Build: those that apply from the start). */
export async function getProcessesStartingAt(stage: StageId) {
	return (await getProcesses()).filter((row) => firstApplicableStage(row.data.cells) === stage);
}

/**
 * The content checks have proven every reference resolves before any page renders, so a miss
 * here is a bug in a page, not in the content.
 */
function required<T>(entry: T | undefined, collection: string, id: string): T {
	if (!entry) throw new Error(`A page asked for ${collection} "${id}", which does not exist.`);
	return entry;
}
