/**
 * Where an Astro build spends its time, from the moments its log lines arrive. Astro prints
 * a line as each step starts; a phase runs from its line to the next phase's line, the last
 * one to the end of the process. A phase whose line never shows is folded into the one before.
 */

/** A log line and when it arrived, in milliseconds since the build started. */
export interface LogLine {
	ms: number;
	text: string;
}

export interface Phase {
	name: string;
	ms: number;
}

/**
 * The steps of `astro build` in order, each named by the line that starts it. Astro starts
 * loading the content config and generating types before it says "Syncing content", so the
 * start-up includes that set-up as well as our content checks, which run when the config does.
 * Once the pages are written, integrations finish the build: the sitemap and the search index.
 */
export const BUILD_PHASES: { name: string; starts: RegExp }[] = [
	{ name: 'start-up (Node, Astro, config, content checks)', starts: /^/ },
	{ name: 'content sync and types', starts: /\[content\] Syncing content/ },
	{ name: 'bundling (Vite)', starts: /\[build\] Building static entrypoints/ },
	{ name: 'rendering pages (with middleware)', starts: /generating static routes/ },
	{ name: 'sitemap, search index, exit', starts: /✓ Completed in/ },
];

/**
 * How long the search index took, as the integration that builds it says: ours ("Indexed 155
 * pages and 151 rows and terms in 4085 ms.") or Starlight's ("Finished building search index
 * in 193ms.").
 */
export function searchIndexMs(lines: LogLine[]): number | undefined {
	for (const { text } of lines) {
		const match =
			/(?:Indexed .* in|Finished building search index in) (\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(text);
		if (match) return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
	}
	return undefined;
}

/** Splits a build's duration into BUILD_PHASES by the lines in its log. */
export function buildPhases(lines: LogLine[], totalMs: number): Phase[] {
	const starts: { name: string; ms: number }[] = [];
	let from = 0;

	for (const [index, phase] of BUILD_PHASES.entries()) {
		if (index === 0) {
			starts.push({ name: phase.name, ms: 0 });
			continue;
		}
		const at = lines.findIndex(
			(line, position) => position >= from && phase.starts.test(line.text),
		);
		if (at === -1) continue;
		starts.push({ name: phase.name, ms: lines[at].ms });
		from = at + 1;
	}

	return starts.map((start, index) => ({
		name: start.name,
		ms: Math.round((starts[index + 1]?.ms ?? totalMs) - start.ms),
	}));
}
