import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';
import { SERIES_IDS } from './series';

/** Units a benchmark threshold can be in. */
export const THRESHOLD_UNITS = ['usd', 'percent', 'months', 'ratio', 'multiple'] as const;

const unit = z.enum(THRESHOLD_UNITS);

/**
 * A machine-readable bar: at least (floor) or at most (ceiling) a value, or a range. The
 * content checks compare it with the source text, so the two cannot drift apart.
 */
export const thresholdSchema = z.discriminatedUnion(
	'bound',
	[
		closedObject('floor threshold', {
			bound: z.literal('floor'),
			value: z.number(),
			unit,
			/** True for "100%+" (100 clears it), false for ">2:1" (2 does not). */
			inclusive: z.boolean(),
		}),
		closedObject('ceiling threshold', {
			bound: z.literal('ceiling'),
			value: z.number(),
			unit,
			/** False for "Under 24 mo": 24 months does not clear it. */
			inclusive: z.boolean(),
		}),
		closedObject('range threshold', {
			bound: z.literal('range'),
			min: z.number(),
			max: z.number(),
			unit,
			/** True for "$20-50M+": values above the range belong to it too. */
			openEnded: z.boolean(),
		}),
	],
	{ error: 'A threshold needs "bound": "floor", "ceiling" or "range".' },
);

export type Threshold = z.output<typeof thresholdSchema>;

/** One benchmark value: the source's text and the threshold it stands for. */
const benchmarkValueSchema = closedObject('benchmark value', {
	/** Exactly as the source has it, e.g. "Under 18 mo". */
	text: z.string().min(1),
	threshold: thresholdSchema,
});

/** One row of the Series benchmarks (content/benchmarks.json). */
export function benchmarkSchema(reference: ReferenceFactory) {
	const values = Object.fromEntries(SERIES_IDS.map((series) => [series, benchmarkValueSchema]));

	return closedObject('benchmark', {
		id: idSchema,
		order: z.number().int().positive(),
		/** The metric's name in the source, e.g. "LTV:CAC". */
		name: z.string().min(1),
		/** The Power 10 metric this row measures, where it is one. */
		metric: reference('metrics').optional(),
		values: closedObject('values', values as Record<(typeof SERIES_IDS)[number], typeof benchmarkValueSchema>, 'series'),
	});
}
