import { z } from 'astro/zod';

import { cellSchema } from './cell';
import { closedObject } from './closed-object';
import { idSchema, type ReferenceFactory } from './ids';
import { stageRecord } from './stage';

/** One process matrix, such as Sales Processes (content/matrices.json). */
export const matrixSchema = closedObject('matrix', {
	id: idSchema,
	/** Position among the matrices, from 1. */
	order: z.number().int().positive(),
	/** The matrix's heading in the source, e.g. "Tech Stack Evolution". */
	title: z.string().min(1),
	/** A short name of ours for navigation and labels, e.g. "Tech stack". */
	name: z.string().min(1),
	/** The source's header for the first column: "Process", "Aspect" or "Category". */
	rowHeader: z.string().min(1),
});

export type Matrix = z.output<typeof matrixSchema>;

/**
 * One row of a matrix as written in content/processes/<matrix id>.json. The file name says
 * which matrix the row belongs to, and the row's place in the file is its order.
 */
export const processRowSchema = closedObject('matrix row', {
	/** Unique within its matrix; the row's anchor on the matrix page. */
	id: idSchema,
	/** The process name exactly as the source has it. */
	name: z.string().min(1),
	/** The cell at each stage, exactly as the source has it; "—" where it does not apply. */
	cells: stageRecord(cellSchema, 'cells'),
});

/** A row as the site sees it: the loader adds the matrix and the row's position. */
export function processSchema(reference: ReferenceFactory) {
	return processRowSchema.extend({
		matrix: reference('matrices'),
		order: z.number().int().positive(),
	});
}
