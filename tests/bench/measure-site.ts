import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { PAGE_BUDGETS, type PageBudget } from '../budgets/budgets.ts';
import type { TypedPage } from '../budgets/check-budgets.ts';
import { measureSite as weighPages } from '../budgets/measure-site.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measureLoad } from './page-loads.ts';
import { median, type SearchMeasureOptions, type SearchTimings } from './search-timing.ts';
import { serveStatic } from './static-server.ts';

/** One page type of one site, as the bench saw it. */
export interface PageTypeResult {
	type: string;
	pages: number;
	/** The page measured in the browser and by Lighthouse: the type's heaviest in our site. */
	path: string;
	/** Brotli bytes before the page is usable, from the built files (tests/budgets). */
	weight: { total: number; js: number; html: number; requests: number; medianTotal: number };
	budget?: PageBudget;
	/** Chromium's count for `path` up to the load event: on the wire, headers included. */
	browser?: {
		bytes: number;
		jsBytes: number;
		requests: number;
		clsMobile: number;
		clsDesktop: number;
	};
	lighthouse?: LighthouseResult;
}

export interface SiteResult {
	name: string;
	build: BuildResult;
	types: PageTypeResult[];
	/** Layout shift on long pages over a slow network, at 1280 px, one value per load. */
	longPageCls: { path: string; values: number[] }[];
	search?: SearchTimings;
}

export interface SiteBenchOptions {
	name: string;
	projectDir: string;
	browser: Browser;
	/** Which page to measure for each type; by default the type's heaviest page. */
	paths?: Map<string, string>;
	/** The types Lighthouse audits; all when undefined. */
	lighthouseTypes?: Set<string>;
	lighthouseRuns: number;
	searchRuns: number;
	search: (options: SearchMeasureOptions) => Promise<SearchTimings>;
	/** Says what the bench is doing, on stderr, so the results on stdout stay clean. */
	progress: (message: string) => void;
}

/** Long pages where a layout shift shows if anything moves while the page arrives. */
export const LONG_PAGES = ['/glossary/', '/matrices/', '/stages/scale/'];

/** Builds a site and measures it: build, page weights, loads, layout shift, search, Lighthouse. */
export async function benchSite(options: SiteBenchOptions): Promise<SiteResult> {
	const { progress } = options;

	progress(`${options.name}: building`);
	const build = await buildSite(options.projectDir);

	progress(`${options.name}: weighing ${build.pages} pages`);
	const dist = join(options.projectDir, 'dist');
	const pages = await weighPages(dist, PAGE_BUDGETS);
	const types = summarizeTypes(pages, options.paths);

	const server = await serveStatic(dist);
	try {
		progress(`${options.name}: loading one page of each type in Chromium`);
		for (const type of types) {
			const url = server.origin + type.path;
			const mobile = await measureLoad(options.browser, url, {
				viewport: { width: 360, height: 740 },
			});
			const desktop = await measureLoad(options.browser, url, {
				viewport: { width: 1280, height: 800 },
			});
			type.browser = {
				bytes: mobile.bytes,
				jsBytes: mobile.jsBytes,
				requests: mobile.requests,
				clsMobile: round(mobile.cls),
				clsDesktop: round(desktop.cls),
			};
		}

		progress(`${options.name}: layout shift on long pages over a slow network`);
		const longPageCls = [];
		for (const path of LONG_PAGES) {
			const values = [];
			for (let run = 0; run < 3; run++) {
				const load = await measureLoad(options.browser, server.origin + path, {
					viewport: { width: 1280, height: 800 },
					throttle: true,
				});
				values.push(round(load.cls));
			}
			longPageCls.push({ path, values });
		}

		progress(`${options.name}: search, ${options.searchRuns} runs`);
		const search = await options.search({
			browser: options.browser,
			distDir: dist,
			origin: server.origin,
			runs: options.searchRuns,
			bytesSent: server.bytesSent,
		});

		const audited = types.filter(({ type }) => options.lighthouseTypes?.has(type) ?? true);
		if (options.lighthouseRuns > 0 && audited.length > 0) {
			progress(
				`${options.name}: Lighthouse, ${audited.length} pages x ${options.lighthouseRuns} runs`,
			);
			const results = await runLighthouse(
				audited.map(({ path }) => server.origin + path),
				options.lighthouseRuns,
			);
			for (const [index, type] of audited.entries()) type.lighthouse = results[index];
		}

		return { name: options.name, build, types, longPageCls, search };
	} finally {
		await server.close();
	}
}

/** Per type: how many pages, the heaviest page's figures, and the page to measure further. */
function summarizeTypes(pages: TypedPage[], paths?: Map<string, string>): PageTypeResult[] {
	const byType = Map.groupBy(
		pages.filter((page) => page.type),
		(page) => page.type!,
	);

	return Object.keys(PAGE_BUDGETS)
		.filter((type) => byType.has(type))
		.map((type) => {
			const weights = byType.get(type)!.map(({ weight }) => weight);
			const heaviest = weights.toSorted((a, b) => b.total - a.total)[0];
			const wanted = paths?.get(type);
			const chosen = weights.find(({ path }) => path === wanted) ?? heaviest;
			const max = (figure: 'total' | 'js' | 'html' | 'requests') =>
				Math.max(...weights.map((weight) => weight[figure]));

			return {
				type,
				pages: weights.length,
				path: chosen.path,
				weight: {
					total: max('total'),
					js: max('js'),
					html: max('html'),
					requests: max('requests'),
					medianTotal: median(weights.map(({ total }) => total)),
				},
				budget: PAGE_BUDGETS[type],
			};
		});
}

const round = (value: number) => Number(value.toFixed(3));
