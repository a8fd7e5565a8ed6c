import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';

/**
 * Matrix rows that describe one thing from different sides, such as CS Platform in the customer
 * success matrix and in the tech stack matrix (content/process-links.json). Each row's page
 * links to the others. The source does not say this; the links are our reading of it.
 */
export function processLinkSchema(reference: ReferenceFactory) {
	return closedObject('process link', {
		id: idSchema,
		/** Two rows or more, from any matrices. */
		processes: z
			.array(reference('processes'))
			.min(2, { error: 'A link joins two rows or more. Add another row, or remove the link.' }),
		/** What the rows have in common, in a sentence of our own. */
		note: z.string().min(10),
	});
}
