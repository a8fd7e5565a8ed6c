import { z } from 'astro/zod';

import { unknownCellSchema } from './cell';
import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';
import { stageRecord } from './stage';

/** One of the Power 10 metrics (content/metrics.json). */
export function metricSchema(reference: ReferenceFactory) {
	return closedObject('metric', {
		id: idSchema,
		/** Its number in the Power 10, 1 to 10. */
		number: z.number().int().min(1).max(10),
		name: z.string().min(1),
		definition: z.string().min(1),
		whyItMatters: z.string().min(1),
		/**
		 * The rows of "Metrics Focus by Stage" that say what each stage measures in its area, since
		 * the source lost the cells of "When Each Metric Matters".
		 */
		focus: z.array(reference('processes')).min(1),
		/** Its row in "When Each Metric Matters", whose cells the source lost. */
		whenItMatters: closedObject('whenItMatters', {
			/** The row's name in that table, e.g. "MQL→Opp". */
			label: z.string().min(1),
			stages: stageRecord(unknownCellSchema, 'whenItMatters.stages'),
		}),
	});
}
