import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema } from './ids';

/** One customer segment (content/segments.json), worded as the source has it. */
export const segmentSchema = closedObject('segment', {
	id: idSchema,
	/** Position in the source's table, from 1. */
	order: z.number().int().positive(),
	name: z.string().min(1),
	/** "Typical Customer Size" in the source. */
	customerSize: z.string().min(1),
	/** "Typical ACV Band" in the source. */
	acvBand: z.string().min(1),
});
