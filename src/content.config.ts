import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';

import { matrixRowsLoader } from './loaders/matrix-rows-loader';
import { benchmarkSchema } from './schemas/benchmark';
import { categorySchema } from './schemas/category';
import { glossaryTermSchema } from './schemas/glossary';
import type { ReferenceFactory } from './schemas/ids';
import { matrixSchema, processSchema } from './schemas/matrix';
import { maturitySchema } from './schemas/maturity';
import { metricSchema } from './schemas/metric';
import { motionSchema } from './schemas/motion';
import { noteSchema } from './schemas/note';
import { playbookSchema } from './schemas/playbook';
import { processLinkSchema } from './schemas/process-link';
import { segmentSchema } from './schemas/segment';
import { seriesSchema } from './schemas/series';
import { stageSchema } from './schemas/stage';

// Astro's reference() is typed per collection name; the schemas accept any collection's.
const ref = reference as unknown as ReferenceFactory;

// The same paths and schemas as src/content-collections.ts, which the content checks read
// before this runs; a unit test keeps the two lists in step.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: 'content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// Starlight reads its interface strings from here; ours word search and the 404 page.
	i18n: defineCollection({
		loader: glob({ base: 'content/i18n', pattern: '*.json' }),
		schema: i18nSchema(),
	}),
	stages: defineCollection({ loader: file('content/stages.json'), schema: stageSchema }),
	maturity: defineCollection({ loader: file('content/maturity.json'), schema: maturitySchema }),
	segments: defineCollection({ loader: file('content/segments.json'), schema: segmentSchema }),
	matrices: defineCollection({ loader: file('content/matrices.json'), schema: matrixSchema }),
	processes: defineCollection({
		loader: matrixRowsLoader('content/processes'),
		schema: processSchema(ref),
	}),
	motions: defineCollection({ loader: file('content/motions.json'), schema: motionSchema(ref) }),
	notes: defineCollection({ loader: file('content/notes.json'), schema: noteSchema }),
	metrics: defineCollection({ loader: file('content/metrics.json'), schema: metricSchema(ref) }),
	series: defineCollection({ loader: file('content/series.json'), schema: seriesSchema }),
	benchmarks: defineCollection({
		loader: file('content/benchmarks.json'),
		schema: benchmarkSchema(ref),
	}),
	categories: defineCollection({
		loader: file('content/categories.json'),
		schema: categorySchema,
	}),
	playbooks: defineCollection({
		loader: glob({ base: 'content/playbooks', pattern: '*.mdx' }),
		schema: playbookSchema(ref),
	}),
	processLinks: defineCollection({
		loader: file('content/process-links.json'),
		schema: processLinkSchema(ref),
	}),
	glossary: defineCollection({
		loader: file('content/glossary.json'),
		schema: glossaryTermSchema(ref),
	}),
};
