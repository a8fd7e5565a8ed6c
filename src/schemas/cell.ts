import { z } from 'astro/zod';

/** How the source marks a process that does not apply at a stage. */
export const NOT_APPLICABLE = '—';

/**
 * One matrix cell. "—" becomes its own kind, so a page can announce it as "not applicable"
 * rather than read out a dash, and so no code mistakes it for text.
 */
export type Cell = { kind: 'text'; text: string } | { kind: 'not-applicable' };

/** A cell the source lost (its symbols were not kept); the site says so and never guesses. */
export type UnknownCell = { kind: 'unknown' };

export const cellSchema = z
	.string({
		error: (issue) =>
			issue.input === undefined
				? `This stage has no value. Add the cell's text, or "${NOT_APPLICABLE}" where it does not apply.`
				: `A cell is text in quotes, or "${NOT_APPLICABLE}" where it does not apply.`,
	})
	.min(1, { error: `The cell is empty. Write its text, or "${NOT_APPLICABLE}" if it does not apply.` })
	.refine((text) => text === text.trim(), {
		error: 'The cell starts or ends with a space. Remove it: cells are compared exactly.',
	})
	.transform((text): Cell => (text === NOT_APPLICABLE ? { kind: 'not-applicable' } : { kind: 'text', text }));

/** A cell whose value the source lost: only null is accepted, so nobody fills it in by guess. */
export const unknownCellSchema = z
	.null({
		error: 'The source did not keep this value. Leave it null: the site must not guess it.',
	})
	.transform((): UnknownCell => ({ kind: 'unknown' }));
