import { z } from 'astro/zod';

import { closedObject } from './closed-object';

/** The funding rounds the benchmarks are given for (content/series.json). */
export const SERIES_IDS = ['series-a', 'series-b', 'series-c-plus'] as const;

export const seriesSchema = closedObject('series', {
	id: z.enum(SERIES_IDS),
	order: z.number().int().positive(),
	name: z.string().min(1),
});
