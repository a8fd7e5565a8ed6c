import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema } from './ids';

/** A playbook category (content/categories.json). */
export const categorySchema = closedObject('category', {
	id: idSchema,
	order: z.number().int().positive(),
	/** The category heading as the source has it. */
	name: z.string().min(1),
	/** The numbers the source's heading gives, e.g. "08-09, 46"; empty for a category of ours. */
	appendixNumbers: z.string(),
});
