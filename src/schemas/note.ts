import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { idSchema } from './ids';

/** A paragraph of the source that introduces a table (content/notes.json). */
export const noteSchema = closedObject('note', {
	id: idSchema,
	text: z.string().min(1),
});
