import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { buildPhases, searchIndexMs, type LogLine, type Phase } from './build-phases.ts';
import { ProcessSampler } from './process-sampler.ts';

export interface BuildResult {
	/** Wall-clock time of `astro build`, start-up included. */
	ms: number;
	/** Highest resident memory of the build and its child processes; null off Linux. */
	peakMemoryBytes: number | null;
	/** CPU time of the build and its child processes; null off Linux. */
	cpuMs: number | null;
	phases: Phase[];
	/** The search index's own time, as its integration logs it, within the last phase. */
	searchIndexMs: number | null;
	pages: number;
	/** Every file in dist/, in bytes on disk, and the HTML among them. */
	outputBytes: number;
	htmlBytes: number;
	outputFiles: number;
}

/**
 * Runs `astro build` in a project folder with the Node running this script (24, through npm
 * run) and times it. The log is kept out of the bench's output unless the build fails.
 */
export async function buildSite(projectDir: string): Promise<BuildResult> {
	const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const started = performance.now();
	const child = spawn(process.execPath, [astro, 'build'], {
		cwd: projectDir,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const sampler = new ProcessSampler(child.pid!);

	const lines: LogLine[] = [];
	const collect = (stream: NodeJS.ReadableStream) =>
		createInterface({ input: stream }).on('line', (text) =>
			lines.push({ ms: performance.now() - started, text }),
		);
	collect(child.stdout!);
	collect(child.stderr!);

	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const ms = performance.now() - started;
	const usage = sampler.stop();

	if (code !== 0) {
		const log = lines
			.slice(-40)
			.map(({ text }) => `  ${text}`)
			.join('\n');
		throw new Error(
			`astro build failed in ${projectDir} (exit code ${code}). Its log ends:\n${log}`,
		);
	}

	const files = listFiles(join(projectDir, 'dist'));
	const html = files.filter(({ path }) => path.endsWith('.html'));
	return {
		ms: Math.round(ms),
		peakMemoryBytes: usage?.peakMemoryBytes ?? null,
		cpuMs: usage ? Math.round(usage.cpuMs) : null,
		phases: buildPhases(lines, ms),
		searchIndexMs: searchIndexMs(lines) ?? null,
		pages: html.length,
		outputBytes: sumSizes(files),
		htmlBytes: sumSizes(html),
		outputFiles: files.length,
	};
}

function listFiles(directory: string): { path: string; size: number }[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		return entry.isDirectory() ? listFiles(path) : [{ path, size: statSync(path).size }];
	});
}

const sumSizes = (files: { size: number }[]) => files.reduce((total, { size }) => total + size, 0);
