import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';

/** One row of a stage's PLG vs SLG table. */
function dimensionSchema(reference: ReferenceFactory) {
	return closedObject('motion dimension', {
		/** Unique within its stage; with the stage id, the row's anchor. */
		id: idSchema,
		name: z.string().min(1),
		/** Guidance for a product-led company. */
		plg: z.string().min(1),
		/** Guidance for a sales-led company. */
		slg: z.string().min(1),
		/** Matrix rows the dimension is about, e.g. Territory Design for "Territory design". */
		processes: z.array(reference('processes')).optional(),
		/** Playbooks the row names or is about, e.g. those listed under "Key playbooks". */
		playbooks: z.array(reference('playbooks')).optional(),
		/** Power 10 metrics the row is about, e.g. Net Retention for "NRR expectation". */
		metrics: z.array(reference('metrics')).optional(),
	});
}

/** PLG vs SLG guidance for one stage (content/motions.json). */
export function motionSchema(reference: ReferenceFactory) {
	return closedObject('motion guidance', {
		id: idSchema,
		stage: reference('stages'),
		/** The source's paragraph for the stage, or the line that leads into its table. */
		summary: z.string().min(1),
		/** The table's rows; empty where the source has a paragraph only. */
		dimensions: z.array(dimensionSchema(reference)),
	});
}
