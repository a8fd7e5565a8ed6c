// Loads the site's content straight from its files (never through src/), so the fidelity test
// checks what is on disk. The root can be pointed elsewhere with FIDELITY_CONTENT_ROOT, which
// is how a mutated scratch copy under /tmp is checked to make sure the test can fail.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CONTENT_ROOT =
	process.env.FIDELITY_CONTENT_ROOT ??
	fileURLToPath(new URL('../../../content', import.meta.url));

export const REGISTRY_PATH = fileURLToPath(
	new URL('../../fixtures/playbook-registry.json', import.meta.url),
);

// The JSON is checked field by field, so it is typed loosely here: a missing or mistyped
// field must reach the checks and be reported, not be rejected by a loader.
export type Json = any;

export interface Playbook {
	file: string;
	// The parsed frontmatter, or null when the file has none or it does not parse.
	data: Json;
	error: string | null;
}

export interface Content {
	root: string;
	stages: Json;
	maturity: Json;
	segments: Json;
	matrices: Json;
	// processes/<matrix id>.json, keyed by matrix id; undefined when the file is missing.
	processes: Record<string, Json>;
	motions: Json;
	notes: Json;
	metrics: Json;
	series: Json;
	benchmarks: Json;
	categories: Json;
	playbooks: Playbook[];
}

function readJson(path: string): Json {
	return JSON.parse(readFileSync(path, 'utf8'));
}

// Frontmatter is the YAML between a leading "---" line and the next "---" line.
export function readFrontmatter(text: string): Json {
	const lines = text.split(/\r?\n/);
	if (lines[0] !== '---') throw new Error('does not start with a "---" line');
	const end = lines.indexOf('---', 1);
	if (end < 0) throw new Error('has no closing "---" line');
	return parse(lines.slice(1, end).join('\n'));
}

export function loadPlaybooks(root: string): Playbook[] {
	const dir = join(root, 'playbooks');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((file): Playbook => {
			try {
				const data = readFrontmatter(readFileSync(join(dir, file), 'utf8'));
				return { file, data, error: null };
			} catch (error) {
				return { file, data: null, error: String(error) };
			}
		});
}

export function loadContent(root: string = CONTENT_ROOT): Content {
	const json = (name: string): Json => readJson(join(root, name));
	const matrices = json('matrices.json');
	const processes: Record<string, Json> = {};
	for (const matrix of Array.isArray(matrices) ? matrices : []) {
		const path = join(root, 'processes', `${matrix?.id}.json`);
		processes[matrix?.id] = existsSync(path) ? readJson(path) : undefined;
	}
	return {
		root,
		stages: json('stages.json'),
		maturity: json('maturity.json'),
		segments: json('segments.json'),
		matrices,
		processes,
		motions: json('motions.json'),
		notes: json('notes.json'),
		metrics: json('metrics.json'),
		series: json('series.json'),
		benchmarks: json('benchmarks.json'),
		categories: json('categories.json'),
		playbooks: loadPlaybooks(root),
	};
}

export function loadRegistry(path: string = REGISTRY_PATH): Json[] {
	return readJson(path);
}
