import {
	copyFileSync,
	cpSync,
	linkSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

import { parseDocument } from 'yaml';

/** Folders a copy leaves out: dependencies, build output and caches, history, results. */
const LEFT_OUT = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'test-results',
	'playwright-report',
]);

/**
 * Copies the project's working tree into `target`, so the bench builds what is on disk
 * (uncommitted changes included) without touching the project's own dist/ or caches.
 */
export function copyProject(repoRoot: string, target: string): void {
	cpSync(repoRoot, target, {
		recursive: true,
		filter: (source) => {
			const path = relative(repoRoot, source);
			return (
				!path.split(sep).some((part) => LEFT_OUT.has(part)) &&
				!path.startsWith(join('tests', 'bench', 'results'))
			);
		},
	});
	linkNodeModules(repoRoot, target);
}

/**
 * Gives a temp project the repo's dependencies without copying their bytes: a tree of hard
 * links (a plain copy across file systems). Symbolic links would not do: Astro compiles a
 * package's components under their real path, outside the temp project, and fails. Astro
 * and Vite keep their caches in node_modules/.astro and .vite, left out so each build is cold.
 */
export function linkNodeModules(repoRoot: string, target: string): void {
	const source = join(repoRoot, 'node_modules');
	const modules = join(target, 'node_modules');
	mkdirSync(modules, { recursive: true });

	for (const entry of readdirSync(source)) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		linkTree(join(source, entry), join(modules, entry));
	}
}

function linkTree(source: string, target: string): void {
	const info = lstatSync(source);
	if (info.isSymbolicLink()) {
		symlinkSync(readlinkSync(source), target);
	} else if (info.isDirectory()) {
		mkdirSync(target);
		for (const entry of readdirSync(source)) linkTree(join(source, entry), join(target, entry));
	} else {
		try {
			linkSync(source, target);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			copyFileSync(source, target);
		}
	}
}

/**
 * Replaces the glossary linking middleware with one that passes every page through, so two
 * builds tell what linking terms costs.
 */
export function removeMiddleware(projectDir: string): void {
	writeFileSync(
		join(projectDir, 'src', 'middleware.ts'),
		"import { defineMiddleware } from 'astro:middleware';\n\n" +
			'export const onRequest = defineMiddleware((_context, next) => next());\n',
	);
}

/**
 * Multiplies the playbooks by `factor` in a copy of the project: each copy gets a new id,
 * number and title, and is marked as not in the appendix so the appendix's numbering rule
 * leaves it alone. The content checks allow numbers up to PLAYBOOK_COUNT, raised to match.
 */
export function scalePlaybooks(projectDir: string, factor: number): number {
	const folder = join(projectDir, 'content', 'playbooks');
	const originals = readdirSync(folder).filter((file) => file.endsWith('.mdx'));

	for (let copy = 2; copy <= factor; copy++) {
		for (const file of originals) {
			const text = readFileSync(join(folder, file), 'utf8');
			const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			if (frontmatter === undefined) throw new Error(`No frontmatter in ${join(folder, file)}`);

			const data = parseDocument(frontmatter);
			data.set('number', Number(data.get('number')) + originals.length * (copy - 1));
			data.set('title', `${data.get('title')} (copy ${copy})`);
			data.set('inAppendix', false);
			const id = `${basename(file, '.mdx')}-copy-${copy}`;
			writeFileSync(join(folder, `${id}.mdx`), `---\n${data.toString()}---\n${body}`);
		}
	}

	const total = originals.length * factor;
	raisePlaybookCount(projectDir, total);
	return total;
}

function raisePlaybookCount(projectDir: string, count: number): void {
	const file = join(projectDir, 'src', 'schemas', 'playbook.ts');
	const source = readFileSync(file, 'utf8');
	const pattern = /export const PLAYBOOK_COUNT = \d+;/;
	if (!pattern.test(source)) {
		throw new Error(
			`The scaled copy cannot raise the playbook count: ${file} no longer has ` +
				'"export const PLAYBOOK_COUNT = <n>;". Update scalePlaybooks in tests/bench/project-copy.ts.',
		);
	}
	writeFileSync(file, source.replace(pattern, `export const PLAYBOOK_COUNT = ${count};`));
}
