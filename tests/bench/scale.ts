import { join } from 'node:path';

import { buildSite, type BuildResult } from './build-site.ts';
import { copyProject, removeMiddleware, scalePlaybooks } from './project-copy.ts';
import { mbText, msText, textTable } from './text-table.ts';

export interface ScaleOptions {
	repoRoot: string;
	workDir: string;
	factor: number;
	progress: (message: string) => void;
}

/** One build of the scale run. */
export interface ScaleBuild {
	playbooks: number;
	/** Whether the glossary linking middleware ran. */
	middleware: boolean;
	build: BuildResult;
}

export interface ScaleResult {
	factor: number;
	builds: ScaleBuild[];
}

/**
 * Builds the site as it is and with `factor` times the playbooks, each with and without the
 * glossary linking middleware, and compares them: how build time, memory and output grow,
 * and which phase the growth is in.
 */
export async function runScale(
	options: ScaleOptions,
): Promise<{ result: ScaleResult; report: string }> {
	const builds: ScaleBuild[] = [];
	for (const factor of [1, options.factor]) {
		for (const middleware of [true, false]) {
			const dir = join(options.workDir, `x${factor}${middleware ? '' : '-no-middleware'}`);
			copyProject(options.repoRoot, dir);
			const playbooks = factor > 1 ? scalePlaybooks(dir, factor) : undefined;
			if (!middleware) removeMiddleware(dir);

			options.progress(
				`building ${factor}x${middleware ? '' : ' without the glossary middleware'}`,
			);
			const build = await buildSite(dir);
			builds.push({ playbooks: playbooks ?? 68, middleware, build });
		}
	}

	const result = { factor: options.factor, builds };
	return { result, report: scaleReport(result) };
}

/** The scale run's tables, as Markdown. */
export function scaleReport({ factor, builds }: ScaleResult): string {
	const [base, baseBare, scaled, scaledBare] = builds;
	const ratio = (a: number | null, b: number | null) => (a && b ? `${(a / b).toFixed(2)}x` : '-');
	const name = (entry: ScaleBuild) =>
		`${entry.playbooks} playbooks${entry.middleware ? '' : ', no middleware'}`;

	const summary = textTable(
		['build', 'pages', 'build time', 'CPU time', 'peak memory', 'output', 'HTML', 'HTML per page'],
		builds.map((entry) => [
			name(entry),
			entry.build.pages,
			msText(entry.build.ms),
			msText(entry.build.cpuMs),
			mbText(entry.build.peakMemoryBytes),
			mbText(entry.build.outputBytes),
			mbText(entry.build.htmlBytes),
			`${(entry.build.htmlBytes / entry.build.pages / 1000).toFixed(1)} KB`,
		]),
	);

	const growth = textTable(
		['', 'pages', 'build time', 'CPU time', 'peak memory', 'output', 'HTML'],
		[
			[
				`${factor}x / 1x`,
				ratio(scaled.build.pages, base.build.pages),
				ratio(scaled.build.ms, base.build.ms),
				ratio(scaled.build.cpuMs, base.build.cpuMs),
				ratio(scaled.build.peakMemoryBytes, base.build.peakMemoryBytes),
				ratio(scaled.build.outputBytes, base.build.outputBytes),
				ratio(scaled.build.htmlBytes, base.build.htmlBytes),
			],
		],
	);

	const row = (name: string, at: (entry: ScaleBuild) => number | null) => [
		name,
		msText(at(base)),
		msText(at(scaled)),
		ratio(at(scaled), at(base)),
		msText(at(baseBare)),
		msText(at(scaledBare)),
	];
	const phases = textTable(
		['phase', '1x', `${factor}x`, 'growth', '1x, no middleware', `${factor}x, no middleware`],
		[
			...base.build.phases.map(({ name: phase }) =>
				row(phase, (entry) => entry.build.phases.find(({ name }) => name === phase)?.ms ?? null),
			),
			row(
				'of which the search index, as its integration says',
				(entry) => entry.build.searchIndexMs,
			),
			row('CPU time, whole build', (entry) => entry.build.cpuMs),
		],
	);

	return [
		`## Scale: ${factor} times the playbooks`,
		summary,
		`## Growth, ${factor}x over 1x (linear would be the pages' ratio)`,
		growth,
		'## Where the time goes, by phase',
		phases,
	].join('\n\n');
}
