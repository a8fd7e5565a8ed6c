import { z } from 'astro/zod';

import { unknownCellSchema } from './cell';
import { closedObject } from './closed-object';
import { idSchema } from './ids';
import { stageRecord } from './stage';

/** One of the Power 10 metrics (content/metrics.json). */
export const metricSchema = closedObject('metric', {
	id: idSchema,
	/** Its number in the Power 10, 1 to 10. */
	number: z.number().int().min(1).max(10),
	name: z.string().min(1),
	definition: z.string().min(1),
	whyItMatters: z.string().min(1),
	/** Its row in "When Each Metric Matters", whose cells the source lost. */
	whenItMatters: closedObject('whenItMatters', {
		/** The row's name in that table, e.g. "MQL→Opp". */
		label: z.string().min(1),
		stages: stageRecord(unknownCellSchema, 'whenItMatters.stages'),
	}),
});
