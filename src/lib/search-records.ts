import type { z } from 'astro/zod';

import { NOT_APPLICABLE } from '../schemas/cell';
import type { glossaryTermSchema } from '../schemas/glossary';
import type { processRowSchema, matrixSchema } from '../schemas/matrix';
import type { motionSchema } from '../schemas/motion';
import type { segmentSchema } from '../schemas/segment';
import type { seriesSchema } from '../schemas/series';
import type { stageSchema } from '../schemas/stage';
import type { benchmarkSchema } from '../schemas/benchmark';
import type { SearchKind } from './page-kind';
import {
	benchmarksUrl,
	glossaryUrl,
	matrixUrl,
	motionRowAnchor,
	motionsUrl,
	rowAnchor,
	segmentsUrl,
} from './urls';

/**
 * One row of a table, or one glossary entry, as a search result of its own. Its address is
 * the row's anchor on its page, so opening the result lands on the row, not the page's top.
 */
export interface RowRecord {
	kind: SearchKind;
	/** The page the row is on, e.g. "/matrices/sales/". */
	page: string;
	/** The row's id on that page, e.g. "territory-design". */
	anchor: string;
	title: string;
	/** Where the row sits, shown beside its title, e.g. "Sales Processes". */
	context: string;
	/** What the row says, as sentences to index and quote from. */
	text: string;
}

/** A record's address: its page and its anchor. */
export const recordUrl = (record: Pick<RowRecord, 'page' | 'anchor'>) =>
	`${record.page}#${record.anchor}`;

// The content as written in its files: references are still plain ids there.
type Stage = z.input<typeof stageSchema>;
type Matrix = z.input<typeof matrixSchema>;
type ProcessRow = z.input<typeof processRowSchema>;
type Series = z.input<typeof seriesSchema>;
type Benchmark = z.input<ReturnType<typeof benchmarkSchema>> & { metric?: string };
type Term = z.input<ReturnType<typeof glossaryTermSchema>>;
type Segment = z.input<typeof segmentSchema>;
type Motion = z.input<ReturnType<typeof motionSchema>> & { stage: string };

/** The content the row records are made from, each list in the order the site shows it. */
export interface RowContent {
	stages: readonly Stage[];
	matrices: readonly Matrix[];
	/** Each matrix's rows, by matrix id. */
	rows: ReadonlyMap<string, readonly ProcessRow[]>;
	series: readonly Series[];
	benchmarks: readonly Benchmark[];
	glossary: readonly Term[];
	segments: readonly Segment[];
	motions: readonly Motion[];
}

/** Every row record of the site: matrix rows, benchmarks, terms, segments, PLG vs SLG rows. */
export function rowRecords(content: RowContent): RowRecord[] {
	return [
		...matrixRowRecords(content),
		...benchmarkRecords(content),
		...termRecords(content),
		...segmentRecords(content),
		...motionRecords(content),
	];
}

/** A matrix row on its matrix page, with its cell at each stage. */
function matrixRowRecords({ matrices, rows, stages }: RowContent): RowRecord[] {
	return matrices.flatMap((matrix) =>
		(rows.get(matrix.id) ?? []).map((row) => ({
			kind: 'matrix-row' as const,
			page: sitePath(matrixUrl(matrix.id)),
			anchor: rowAnchor(`${matrix.id}/${row.id}`),
			title: row.name,
			context: matrix.title,
			text: sentences(
				stages.map((stage) => {
					const cell = row.cells[stage.id as keyof typeof row.cells] as string;
					return `${stage.name}: ${cell === NOT_APPLICABLE ? 'not applicable' : cell}`;
				}),
			),
		})),
	);
}

/** A row of the Series benchmarks, with its value for each series. */
function benchmarkRecords({ benchmarks, series }: RowContent): RowRecord[] {
	return benchmarks.map((row) => ({
		kind: 'benchmark' as const,
		page: sitePath(benchmarksUrl()),
		anchor: row.id,
		title: row.name,
		context: 'Series benchmarks',
		text: sentences(
			series.map((one) => {
				const value = row.values[one.id as keyof typeof row.values] as { text: string };
				return `${one.name}: ${value.text}`;
			}),
		),
	}));
}

/** A glossary entry: its expansion, other names and definition. */
function termRecords({ glossary }: RowContent): RowRecord[] {
	return glossary.map((term) => ({
		kind: 'term' as const,
		page: sitePath(glossaryUrl()),
		anchor: term.id,
		title: term.term,
		context: term.expansion ?? 'Glossary',
		text: sentences([
			...(term.expansion ? [term.expansion] : []),
			...(term.aliases.length > 0 ? [`Also: ${term.aliases.join(', ')}`] : []),
			term.definition,
		]),
	}));
}

/** A customer segment, with its typical customer and contract sizes. */
function segmentRecords({ segments }: RowContent): RowRecord[] {
	return segments.map((segment) => ({
		kind: 'segment' as const,
		page: sitePath(segmentsUrl()),
		anchor: segment.id,
		title: segment.name,
		context: 'Customer segments',
		text: sentences([
			`Typical customer size: ${segment.customerSize}`,
			`Typical ACV band: ${segment.acvBand}`,
		]),
	}));
}

/** A row of a stage's PLG vs SLG table, with the guidance for each motion. */
function motionRecords({ motions, stages }: RowContent): RowRecord[] {
	const stageNames = new Map(stages.map((stage) => [stage.id as string, stage.name]));

	return motions.flatMap((motion) =>
		motion.dimensions.map((dimension) => ({
			kind: 'motion-row' as const,
			page: sitePath(motionsUrl()),
			anchor: motionRowAnchor(motion.stage, dimension.id),
			title: dimension.name,
			context: `PLG vs SLG at ${stageNames.get(motion.stage)}`,
			text: sentences([`PLG: ${dimension.plg}`, `SLG: ${dimension.slg}`]),
		})),
	);
}

/**
 * An address without the site's base path, as the index keeps them: Pagefind adds the base
 * (its `baseUrl` option) to every result, so one index works wherever the site is deployed.
 */
export function sitePath(url: string): string {
	const prefix = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
	return url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url;
}

const sentences = (parts: readonly string[]) =>
	parts.map((part) => (/[.!?:]$/.test(part) ? part : `${part}.`)).join(' ');
