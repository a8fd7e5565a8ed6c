import type { FigureRule } from './figure-input';

/**
 * Which stage a company is at, from its ARR and headcount and the stage bands in
 * content/stages.json. Each band's min is inclusive and its max exclusive (null for the open
 * top band), so $1M exactly is Stabilize: Build's band stops just short of it.
 *
 * When the two figures point to different stages, ARR decides. The bands are revenue bands
 * first; headcount follows hiring plans, which can run ahead of revenue or lag behind it. The
 * answer then says where headcount alone would have put the company.
 */

/** A band of values: min inclusive, max exclusive, null for no upper end. */
export interface Band {
	min: number;
	max: number | null;
}

/** A stage as the finder needs it. */
export interface StageBands {
	id: string;
	arr: Band;
	headcount: Band;
}

/** What the finder was told; either figure may be missing. */
export interface StageFigures {
	arr?: number;
	headcount?: number;
}

/** Where the figures place a company, and what each figure says on its own. */
export interface StagePlacement {
	/** The stage the company is at. */
	stage: string;
	/** The figure that decided: ARR whenever it was given. */
	placedBy: 'arr' | 'headcount';
	/** The stage ARR alone gives, if ARR was given. */
	byArr?: string;
	/** The stage headcount alone gives, if headcount was given. */
	byHeadcount?: string;
	/** Whether both figures were given and give different stages. */
	disagree: boolean;
}

/** Whether a value lies in a band: at or above its min, and below its max if it has one. */
export function inBand(value: number, band: Band): boolean {
	return value >= band.min && (band.max === null || value < band.max);
}

/** The stage whose band holds a value, or undefined when none does (e.g. 0 people). */
export function stageForValue(
	value: number,
	stages: readonly StageBands[],
	measure: 'arr' | 'headcount',
): string | undefined {
	return stages.find((stage) => inBand(value, stage[measure]))?.id;
}

/**
 * Places a company by its figures: by ARR when given, else by headcount. Undefined when
 * neither figure is given or the deciding one falls in no band.
 */
export function findStage(
	stages: readonly StageBands[],
	figures: StageFigures,
): StagePlacement | undefined {
	const byArr = figures.arr === undefined ? undefined : stageForValue(figures.arr, stages, 'arr');
	const byHeadcount =
		figures.headcount === undefined
			? undefined
			: stageForValue(figures.headcount, stages, 'headcount');

	const placedBy = figures.arr === undefined ? 'headcount' : 'arr';
	const stage = placedBy === 'arr' ? byArr : byHeadcount;
	if (stage === undefined) return undefined;

	const disagree = byArr !== undefined && byHeadcount !== undefined && byArr !== byHeadcount;
	return { stage, placedBy, byArr, byHeadcount, disagree };
}

/**
 * The limits of the finder's two fields. No software company has reached $100B of ARR or a
 * million employees, so a figure past either is taken for a typo (an extra zero) and refused.
 */
export const STAGE_FINDER_RULES = {
	arr: {
		unit: 'usd',
		min: 0,
		minInclusive: true,
		max: 100e9,
		tooLow: 'ARR cannot be below zero. Enter 0 if there is no recurring revenue yet.',
		tooHigh: 'No software company has $100B of ARR. Check the number of zeros.',
	},
	headcount: {
		unit: 'people',
		min: 1,
		minInclusive: true,
		max: 1_000_000,
		integer: true,
		tooLow: 'A company has at least one person. Count the founders too.',
		tooHigh: 'That is more people than any software company employs. Check the number.',
	},
} as const satisfies Record<'arr' | 'headcount', FigureRule>;
