import type { z } from 'astro/zod';

import { benchmarkSchema } from './schemas/benchmark';
import { categorySchema } from './schemas/category';
import { glossaryTermSchema } from './schemas/glossary';
import type { ReferenceFactory } from './schemas/ids';
import { processRowSchema, matrixSchema } from './schemas/matrix';
import { maturitySchema } from './schemas/maturity';
import { metricSchema } from './schemas/metric';
import { motionSchema } from './schemas/motion';
import { noteSchema } from './schemas/note';
import { playbookSchema } from './schemas/playbook';
import { processLinkSchema } from './schemas/process-link';
import { segmentSchema } from './schemas/segment';
import { seriesSchema } from './schemas/series';
import { stageSchema } from './schemas/stage';

/**
 * How a collection's files are laid out:
 * - `json-list`: one JSON file holding an array of entries, each with its `id`;
 * - `json-rows`: a folder of JSON arrays, one file per matrix, entries keyed "<file>/<id>";
 * - `mdx`: a folder of MDX files, one entry each, its id the file name.
 */
export type SourceFormat = 'json-list' | 'json-rows' | 'mdx';

export interface CollectionSource {
	name: string;
	/** Relative to the project root. */
	path: string;
	format: SourceFormat;
	/** The schema each entry's data must pass, as written in its file. */
	schema: (reference: ReferenceFactory) => z.ZodType;
}

/**
 * Every content collection and where it lives. The site's content config and the content
 * checks both read this list, so a collection cannot be validated in one and not the other.
 */
export const CONTENT_COLLECTIONS: readonly CollectionSource[] = [
	{ name: 'stages', path: 'content/stages.json', format: 'json-list', schema: () => stageSchema },
	{ name: 'maturity', path: 'content/maturity.json', format: 'json-list', schema: () => maturitySchema },
	{ name: 'segments', path: 'content/segments.json', format: 'json-list', schema: () => segmentSchema },
	{ name: 'matrices', path: 'content/matrices.json', format: 'json-list', schema: () => matrixSchema },
	{ name: 'processes', path: 'content/processes', format: 'json-rows', schema: () => processRowSchema },
	{ name: 'motions', path: 'content/motions.json', format: 'json-list', schema: motionSchema },
	{ name: 'notes', path: 'content/notes.json', format: 'json-list', schema: () => noteSchema },
	{ name: 'metrics', path: 'content/metrics.json', format: 'json-list', schema: metricSchema },
	{ name: 'series', path: 'content/series.json', format: 'json-list', schema: () => seriesSchema },
	{ name: 'benchmarks', path: 'content/benchmarks.json', format: 'json-list', schema: benchmarkSchema },
	{ name: 'categories', path: 'content/categories.json', format: 'json-list', schema: () => categorySchema },
	{ name: 'playbooks', path: 'content/playbooks', format: 'mdx', schema: playbookSchema },
	{
		name: 'processLinks',
		path: 'content/process-links.json',
		format: 'json-list',
		schema: processLinkSchema,
	},
	{ name: 'glossary', path: 'content/glossary.json', format: 'json-list', schema: glossaryTermSchema },
];
