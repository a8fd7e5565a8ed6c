import { KB, SITE_LIMITS } from '../budgets/budgets.ts';
import type { PageTypeResult, SiteResult } from './measure-site.ts';
import { median } from './search-timing.ts';
import { kbText, mbText, msText, textTable } from './text-table.ts';

/** What `npm run bench` writes to tests/bench/results/latest.json. */
export interface BenchResult {
	date: string;
	machine: { cores: number; cpu: string; memoryBytes: number; node: string; chromium: string };
	/** One-, five- and fifteen-minute load averages: figures from a busy machine run slower. */
	loadAverage: { start: number[]; end: number[] };
	options: { lighthouseRuns: number; searchRuns: number };
	durationMs: number;
	sites: { ours: SiteResult; bare: SiteResult };
}

/** Issue 6's targets for search. */
export const SEARCH_TARGETS = { coldMs: 250, warmMs: 100, firstQueryBytes: 120 * KB };

/** LCP may be at most this many times bare Starlight's, page type by page type. */
export const LCP_RATIO_LIMIT = 1.2;

/** Every table of the full bench, as Markdown. */
export function fullReport(result: BenchResult): string {
	const { ours, bare } = result.sites;
	return [
		heading(result),
		section('Build', buildTable(ours, bare)),
		section(
			'Where the build time goes (from the moments Astro logs each step)',
			phaseTable(ours, bare),
		),
		section(
			'Bytes before the page is usable, per page type (brotli, from the built files; the heaviest page of each type)',
			weightTable(ours, bare),
		),
		section(
			'In Chromium, up to the load event (the same page; bytes on the wire with headers)',
			browserTable(ours, bare),
		),
		section(
			'Layout shift on long pages over slow 4G at 1280 px (one value per load)',
			clsTable(ours, bare),
		),
		section(`Search (median of ${result.options.searchRuns} runs)`, searchTable(ours, bare)),
		section(
			`Lighthouse, mobile (median of ${result.options.lighthouseRuns} runs)`,
			lighthouseTable(ours, bare),
		),
		section("Issue 6's targets", targetTable(result)),
	].join('\n\n');
}

function heading({ date, machine, loadAverage, durationMs }: BenchResult): string {
	const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
	return (
		`Bench of ${date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), ` +
		`${(machine.memoryBytes / 2 ** 30).toFixed(0)} GB, Node ${machine.node}, ${machine.chromium}. ` +
		`Load average ${load(loadAverage.start)} at the start, ${load(loadAverage.end)} at the end. ` +
		`Took ${msText(durationMs)}.`
	);
}

const section = (title: string, body: string) => `## ${title}\n\n${body}`;

function buildTable(...sites: SiteResult[]): string {
	return textTable(
		['site', 'pages', 'build', 'CPU time', 'peak memory', 'output', 'HTML'],
		sites.map(({ name, build }) => [
			name,
			build.pages,
			msText(build.ms),
			msText(build.cpuMs),
			mbText(build.peakMemoryBytes),
			mbText(build.outputBytes),
			mbText(build.htmlBytes),
		]),
	);
}

function phaseTable(ours: SiteResult, bare: SiteResult): string {
	const at = (site: SiteResult, name: string) =>
		site.build.phases.find((phase) => phase.name === name)?.ms;
	return textTable(
		['phase', ours.name, bare.name],
		[
			...ours.build.phases.map(({ name }) => [
				name,
				msText(at(ours, name)),
				msText(at(bare, name)),
			]),
			[
				'of which the search index, as its integration says',
				msText(ours.build.searchIndexMs),
				msText(bare.build.searchIndexMs),
			],
		],
	);
}

/** Rows for each of our page types, with bare Starlight's same type beside it. */
function pairs(ours: SiteResult, bare: SiteResult): [PageTypeResult, PageTypeResult | undefined][] {
	return ours.types.map((type) => [type, bare.types.find(({ type: name }) => name === type.type)]);
}

function weightTable(ours: SiteResult, bare: SiteResult): string {
	return textTable(
		[
			'page type',
			'pages',
			'before load',
			'bare',
			'budget',
			'JS',
			'bare JS',
			'HTML',
			'bare HTML',
			'requests',
		],
		pairs(ours, bare).map(([type, other]) => [
			type.type,
			type.pages,
			kbText(type.weight.total),
			kbText(other?.weight.total),
			kbText(type.budget?.total),
			kbText(type.weight.js),
			kbText(other?.weight.js),
			kbText(type.weight.html),
			kbText(other?.weight.html),
			`${type.weight.requests}${other ? ` / ${other.weight.requests}` : ''}`,
		]),
	);
}

function browserTable(ours: SiteResult, bare: SiteResult): string {
	return textTable(
		[
			'page type',
			'page',
			'bytes',
			'bare',
			'JS',
			'bare JS',
			'requests',
			'CLS 360 px',
			'CLS 1280 px',
			'bare CLS',
		],
		pairs(ours, bare).map(([type, other]) => [
			type.type,
			type.path,
			kbText(type.browser?.bytes),
			kbText(other?.browser?.bytes),
			kbText(type.browser?.jsBytes),
			kbText(other?.browser?.jsBytes),
			`${type.browser?.requests ?? '-'}${other?.browser ? ` / ${other.browser.requests}` : ''}`,
			type.browser?.clsMobile ?? '-',
			type.browser?.clsDesktop ?? '-',
			other?.browser ? `${other.browser.clsMobile} / ${other.browser.clsDesktop}` : '-',
		]),
	);
}

function clsTable(ours: SiteResult, bare: SiteResult): string {
	return textTable(
		['page', ours.name, bare.name],
		ours.longPageCls.map(({ path, values }) => [
			path,
			values.join(' '),
			bare.longPageCls.find((entry) => entry.path === path)?.values.join(' ') ?? '-',
		]),
	);
}

function searchTable(...sites: SiteResult[]): string {
	return textTable(
		['site', 'cold (index fetched)', 'warm', 'bytes for the first query', 'measured by'],
		sites.map(({ name, search }) => [
			name,
			msText(search?.median.coldMs),
			msText(search?.median.warmMs),
			kbText(search?.median.firstQueryBytes),
			search?.measuredBy ?? '-',
		]),
	);
}

function lighthouseTable(ours: SiteResult, bare: SiteResult): string {
	return textTable(
		[
			'page type',
			'perf.',
			'a11y',
			'best pr.',
			'SEO',
			'LCP',
			'bare LCP',
			'ratio',
			'CLS',
			'TBT',
			'points lost to',
		],
		pairs(ours, bare)
			.filter(([type]) => type.lighthouse)
			.map(([type]) => {
				const lighthouse = type.lighthouse!;
				const bareLcp = bareLcpFor(type.type, bare);
				return [
					type.type,
					lighthouse.scores.performance,
					lighthouse.scores.accessibility,
					lighthouse.scores['best-practices'],
					lighthouse.scores.seo,
					msText(lighthouse.lcpMs),
					msText(bareLcp),
					bareLcp ? (lighthouse.lcpMs / bareLcp).toFixed(2) : '-',
					lighthouse.cls,
					msText(lighthouse.tbtMs),
					lighthouse.failing.map(({ id }) => id).join(', ') || '-',
				];
			}),
	);
}

/**
 * Bare Starlight's LCP for the same page type, or, for a type Lighthouse did not audit on it,
 * the median of the types it did.
 */
export function bareLcpFor(type: string, bare: SiteResult): number | undefined {
	const same = bare.types.find((entry) => entry.type === type)?.lighthouse;
	if (same) return same.lcpMs;
	const audited = bare.types.flatMap(({ lighthouse }) => (lighthouse ? [lighthouse.lcpMs] : []));
	return audited.length > 0 ? median(audited) : undefined;
}

function targetTable(result: BenchResult): string {
	const { ours, bare } = result.sites;
	const audited = ours.types.filter(({ lighthouse }) => lighthouse);
	const worstRatio = Math.max(
		...audited.map(
			({ type, lighthouse }) => lighthouse!.lcpMs / (bareLcpFor(type, bare) ?? Infinity),
		),
	);
	const lowest = Math.min(
		...audited.flatMap(({ lighthouse }) => Object.values(lighthouse!.scores)),
	);
	const heaviest = Math.max(...ours.types.map(({ weight }) => weight.total));
	const mostJs = Math.max(...ours.types.map(({ weight }) => weight.js));
	const worstCls = Math.max(
		...ours.types.flatMap(({ browser }) =>
			browser ? [browser.clsMobile, browser.clsDesktop] : [],
		),
		...ours.longPageCls.flatMap(({ values }) => values),
	);
	const search = ours.search?.median;
	const yes = (met: boolean) => (met ? 'yes' : 'NO');

	return textTable(
		['target', 'ours', 'met'],
		[
			[
				`every page under ${kbText(SITE_LIMITS.total)} before load`,
				kbText(heaviest),
				yes(heaviest <= SITE_LIMITS.total),
			],
			[
				`every page under ${kbText(SITE_LIMITS.js)} of JavaScript`,
				kbText(mostJs),
				yes(mostJs <= SITE_LIMITS.js),
			],
			[
				`search warm under ${SEARCH_TARGETS.warmMs} ms`,
				msText(search?.warmMs),
				yes((search?.warmMs ?? Infinity) < SEARCH_TARGETS.warmMs),
			],
			[
				`search cold under ${SEARCH_TARGETS.coldMs} ms`,
				msText(search?.coldMs),
				yes((search?.coldMs ?? Infinity) < SEARCH_TARGETS.coldMs),
			],
			[
				`first query under ${kbText(SEARCH_TARGETS.firstQueryBytes)}`,
				kbText(search?.firstQueryBytes),
				yes((search?.firstQueryBytes ?? Infinity) < SEARCH_TARGETS.firstQueryBytes),
			],
			[
				'Lighthouse 100 in all four, every page type',
				audited.length ? String(lowest) : '-',
				yes(audited.length > 0 && lowest === 100),
			],
			[
				`LCP at most ${LCP_RATIO_LIMIT} x bare Starlight's`,
				audited.length ? worstRatio.toFixed(2) : '-',
				yes(audited.length > 0 && worstRatio <= LCP_RATIO_LIMIT),
			],
			['no layout shift (CLS under 0.1 in every load)', String(worstCls), yes(worstCls < 0.1)],
		],
	);
}
