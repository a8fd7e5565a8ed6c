import { z } from 'astro/zod';

/**
 * An id that also serves as a URL segment or an anchor: lower-case words joined by "-". Ids
 * are written in the data, never derived from display text, so renaming a row keeps its links.
 */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'An id is lower-case letters and digits in words joined by "-", e.g. "cs-handoff".',
	});

/**
 * Builds a reference to an entry of another collection. Astro's `reference()` in the site
 * build, a plain string reader in the content checks: both give `{ id, collection }`.
 */
export type ReferenceFactory = (collection: string) => z.ZodType<{ id: string; collection: string }>;

/** The reference factory the content checks use outside Astro; they resolve ids themselves. */
export const plainReference: ReferenceFactory = (collection) =>
	z.string().transform((id) => ({ id, collection }));
