import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';

/**
 * One term of the glossary (content/glossary.json). The appendix points to a glossary it does
 * not have, so every definition here is ours. Aliases let search and the term links find a
 * term by its other names: "NRR" is also "net revenue retention" and "net dollar retention".
 */
export function glossaryTermSchema(reference: ReferenceFactory) {
	return closedObject('glossary term', {
		id: idSchema,
		/** The term as the content writes it, e.g. "NRR" or "Rule of 40". */
		term: z.string().min(1),
		/** What an acronym stands for, e.g. "Net revenue retention". */
		expansion: z.string().min(1).optional(),
		/** Other ways people write the term; each belongs to one term only. */
		aliases: z.array(z.string().min(1)),
		/** The definition, in a sentence or three of our own. */
		definition: z.string().min(20),
		/** The Power 10 metric this term names, whose page says more. */
		metric: reference('metrics').optional(),
	});
}
