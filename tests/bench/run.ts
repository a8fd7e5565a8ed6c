import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser.ts';
import { REPO_ROOT } from '../support/built-site.ts';
import { writeBareStarlight } from './bare-starlight.ts';
import { benchSite, type SiteResult } from './measure-site.ts';
import { copyProject } from './project-copy.ts';
import { fullReport, type BenchResult } from './report.ts';
import { runScale } from './scale.ts';
import { measureSiteSearch } from './site-search.ts';
import { measureStarlightSearch } from './search-timing.ts';

/**
 * `npm run bench`: builds this site and a bare Starlight site with the same content, each in a
 * temp folder, and measures both side by side: build time and memory, bytes before load per
 * page type, layout shift, search, Lighthouse. Prints tables and writes
 * tests/bench/results/latest.json.
 *
 * `npm run bench -- --scale 10`: builds the site with 10 times the playbooks and compares
 * build time and output with the site as it is; writes tests/bench/results/scale-10.json.
 *
 * Other options: --lighthouse-runs N (3; 0 skips Lighthouse), --search-runs N (5),
 * --bare-lighthouse all|some (some: the types in BARE_LIGHTHOUSE_TYPES, to stay near 10 min).
 */
const { values: args } = parseArgs({
	options: {
		scale: { type: 'string' },
		'lighthouse-runs': { type: 'string', default: '3' },
		'search-runs': { type: 'string', default: '5' },
		'bare-lighthouse': { type: 'string', default: 'some' },
	},
});

/**
 * Bare Starlight's pages Lighthouse audits by default: home, the big table page, the commonest
 * page (a playbook) and the longest (the glossary). Each more type costs about 20 s.
 */
const BARE_LIGHTHOUSE_TYPES = new Set(['home', 'matrices', 'playbook', 'glossary']);

const RESULTS_DIR = join(REPO_ROOT, 'tests', 'bench', 'results');
const progress = (message: string) => process.stderr.write(`[bench ${clock()}] ${message}\n`);
const started = performance.now();
const clock = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;

const workDir = mkdtempSync(join(tmpdir(), 'gtm-bench-'));
try {
	if (args.scale) {
		const factor = Number(args.scale);
		if (!Number.isInteger(factor) || factor < 2)
			throw new Error('--scale takes a whole number from 2 up, e.g. --scale 10');
		const start = loadavg();
		const { result, report } = await runScale({ repoRoot: REPO_ROOT, workDir, factor, progress });
		write(`scale-${factor}.json`, {
			...environment(),
			loadAverage: { start, end: loadavg() },
			...result,
		});
		console.log(report);
	} else {
		const result = await runFull();
		write('latest.json', result);
		console.log(fullReport(result));
	}
	progress(`done; results in ${relative(process.cwd(), RESULTS_DIR)}`);
} finally {
	rmSync(workDir, { recursive: true, force: true });
}

async function runFull(): Promise<BenchResult> {
	const loadAtStart = loadavg();
	const browser = await chromium.launch({
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS,
	});
	try {
		const common = {
			browser,
			lighthouseRuns: Number(args['lighthouse-runs']),
			searchRuns: Number(args['search-runs']),
			progress,
		};

		progress('copying the project');
		const oursDir = join(workDir, 'ours');
		copyProject(REPO_ROOT, oursDir);
		const ours = await benchSite({
			...common,
			name: 'ours',
			projectDir: oursDir,
			search: measureSiteSearch,
		});

		progress('writing bare Starlight with the same content');
		const bareDir = join(workDir, 'bare');
		writeBareStarlight(REPO_ROOT, bareDir);
		const bare = await benchSite({
			...common,
			name: 'bare Starlight',
			projectDir: bareDir,
			paths: new Map(ours.types.map(({ type, path }) => [type, path])),
			lighthouseTypes: args['bare-lighthouse'] === 'all' ? undefined : BARE_LIGHTHOUSE_TYPES,
			search: measureStarlightSearch,
		});

		return {
			...environment(browser.version()),
			loadAverage: { start: loadAtStart, end: loadavg() },
			options: { lighthouseRuns: common.lighthouseRuns, searchRuns: common.searchRuns },
			durationMs: Math.round(performance.now() - started),
			sites: { ours, bare } satisfies Record<string, SiteResult>,
		};
	} finally {
		await browser.close();
	}
}

/** When and where the figures were taken, so a reader can judge them. */
function environment(chromiumVersion?: string) {
	return {
		date: new Date().toISOString(),
		machine: {
			cores: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			memoryBytes: totalmem(),
			node: process.version,
			chromium: chromiumVersion ?? chromiumVersionOf(chromiumExecutable()),
		},
	};
}

function chromiumVersionOf(executable: string): string {
	try {
		return execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
}

function write(file: string, data: unknown) {
	mkdirSync(RESULTS_DIR, { recursive: true });
	writeFileSync(join(RESULTS_DIR, file), `${JSON.stringify(data, null, '\t')}\n`);
}
