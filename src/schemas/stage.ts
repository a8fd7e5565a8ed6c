import { z } from 'astro/zod';

import { closedObject } from './closed-object';

/** The five company stages, in order. Every stage-keyed table in the content uses these ids. */
export const STAGE_IDS = ['build', 'stabilize', 'scale', 'optimize', 'platform'] as const;

export type StageId = (typeof STAGE_IDS)[number];

/** A band such as "$1-5M" ARR or "10-30" people: the text as published, and its bounds. */
const bandSchema = closedObject('band', {
	/** The band as the source words it, e.g. "$1-5M". */
	text: z.string().min(1),
	/** Lower bound, inclusive. */
	min: z.number().nonnegative(),
	/** Upper bound, exclusive; null for an open band such as "$40M+". */
	max: z.number().positive().nullable(),
});

/** One company stage (content/stages.json). */
export const stageSchema = closedObject('stage', {
	id: z.enum(STAGE_IDS),
	/** 1 for Build through 5 for Platform. */
	order: z.number().int().min(1).max(STAGE_IDS.length),
	name: z.string().min(1),
	/** Annual recurring revenue band, in US dollars. */
	arr: bandSchema,
	/** Headcount band, in people. */
	headcount: bandSchema,
	/** The stage's main challenge, in our own words. */
	challenge: z.string().min(1),
});

export type Stage = z.output<typeof stageSchema>;

/**
 * An object with exactly one value per stage. A typo in a stage key or a missing stage is an
 * error, so no table can silently lose a column.
 */
export function stageRecord<T extends z.ZodType>(value: T, what: string) {
	const shape = Object.fromEntries(STAGE_IDS.map((stage) => [stage, value])) as Record<
		StageId,
		T
	>;

	return closedObject(what, shape, 'stage');
}
