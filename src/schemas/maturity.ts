import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema } from './ids';

/** One line of the matrices' maturity key (content/maturity.json). */
export const maturitySchema = closedObject('maturity level', {
	id: idSchema,
	/** The word used in matrix cells, or "—" for not applicable. */
	symbol: z.string().min(1),
	meaning: z.string().min(1),
});
