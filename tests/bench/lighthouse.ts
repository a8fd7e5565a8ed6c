import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser.ts';
import { median } from './search-timing.ts';

/** The four categories issue 6 holds every page type to. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
	url: string;
	runs: number;
	/** Each category's score out of 100, the median of the runs. */
	scores: Record<Category, number>;
	/** Medians of the runs, in milliseconds except CLS. */
	lcpMs: number;
	fcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits that cost points in at least half the runs: their id, score and title. */
	failing: { id: string; category: Category; score: number; title: string }[];
}

/**
 * Runs Lighthouse's default mobile audit (simulated slow 4G and a 4x slower CPU) `runs` times
 * on each address, in one Chromium: CHROME_PATH if set, else the one the browser tests use.
 */
export async function runLighthouse(urls: string[], runs: number): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH ?? chromiumExecutable(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});

	try {
		const results: LighthouseResult[] = [];
		for (const url of urls) {
			const reports = [];
			for (let run = 0; run < runs; run++) reports.push(await audit(url, chrome.port));
			results.push(summarize(url, reports));
		}
		return results;
	} finally {
		chrome.kill();
	}
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

async function audit(url: string, port: number): Promise<Report> {
	const result = await lighthouse(url, {
		port,
		logLevel: 'error',
		output: 'json',
		onlyCategories: [...CATEGORIES],
		// The screenshot of the whole page is for the HTML report, which the bench does not keep.
		disableFullPageScreenshot: true,
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	if (result.lhr.runtimeError) {
		throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
	}
	return result.lhr;
}

function summarize(url: string, reports: Report[]): LighthouseResult {
	const numeric = (id: string) =>
		median(reports.map((report) => report.audits[id]?.numericValue ?? NaN));
	const scores = Object.fromEntries(
		CATEGORIES.map((category) => [
			category,
			Math.round(median(reports.map((report) => (report.categories[category]?.score ?? 0) * 100))),
		]),
	) as Record<Category, number>;

	return {
		url,
		runs: reports.length,
		scores,
		lcpMs: Math.round(numeric('largest-contentful-paint')),
		fcpMs: Math.round(numeric('first-contentful-paint')),
		tbtMs: Math.round(numeric('total-blocking-time')),
		cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
		failing: failingAudits(reports),
	};
}

/** Audits that weigh in a category's score and scored below 1 in at least half the runs. */
function failingAudits(reports: Report[]): LighthouseResult['failing'] {
	const [first] = reports;
	return CATEGORIES.flatMap((category) =>
		(first.categories[category]?.auditRefs ?? [])
			.filter(({ weight }) => weight > 0)
			.flatMap(({ id }) => {
				const scores = reports.map((report) => report.audits[id]?.score ?? 1);
				const failed = scores.filter((score) => score < 1).length;
				if (failed * 2 < reports.length) return [];
				return [{ id, category, score: median(scores), title: first.audits[id]?.title ?? id }];
			}),
	);
}
