import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema } from './ids';

/** One line of the matrices' maturity key (content/maturity.json). */
export const maturitySchema = closedObject('maturity level', {
	id: idSchema,
	/** Position in the source's table, from 1. */
	order: z.number().int().positive(),
	/** The word used in matrix cells, or "—" for not applicable. */
	symbol: z.string().min(1),
	meaning: z.string().min(1),
});
