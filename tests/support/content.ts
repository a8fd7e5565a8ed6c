import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { parse as parseYaml } from 'yaml';

// The tests read the same content files the site is built from, so a page is checked against
// the source text rather than against a copy that could drift.
const CONTENT_DIR = new URL('../../content/', import.meta.url);

/** A content file as JSON, typed loosely by the caller: tests check what is there. */
export const readJson = <T = any>(path: string): T =>
	JSON.parse(readFileSync(new URL(path, CONTENT_DIR), 'utf8'));

/** The source marks a process that does not apply at a stage with this, and only this. */
export const NOT_APPLICABLE = '—';

export interface Stage {
	id: string;
	order: number;
	name: string;
}

export interface Matrix {
	id: string;
	order: number;
	title: string;
	rowHeader: string;
}

export interface MatrixRow {
	id: string;
	name: string;
	cells: Record<string, string>;
}

export interface Category {
	id: string;
	order: number;
	name: string;
}

export interface Metric {
	id: string;
	number: number;
	name: string;
	definition: string;
	whyItMatters: string;
	focus: string[];
	whenItMatters: { label: string };
}

export const metrics = (): Metric[] =>
	[...readJson<Metric[]>('metrics.json')].sort((a, b) => a.number - b.number);

export interface Playbook {
	/** The file name without .mdx, which is also the page's URL slug. */
	slug: string;
	number: number;
	title: string;
	/** A category id from content/categories.json. */
	category: string;
	summary: string;
	inAppendix: boolean;
	processes: string[];
	metrics: string[];
	related: string[];
	facets: Record<'function' | 'team' | 'outcome' | 'metric', string[]> & { complexity: string };
}

const byOrder = <T extends { order: number }>(items: T[]) =>
	[...items].sort((a, b) => a.order - b.order);

export const stages = (): Stage[] => byOrder(readJson<Stage[]>('stages.json'));

export const matrices = (): Matrix[] => byOrder(readJson<Matrix[]>('matrices.json'));

/** A matrix's rows in the order the file lists them, which is their order on the page. */
export const matrixRows = (matrixId: string): MatrixRow[] =>
	readJson<MatrixRow[]>(`processes/${matrixId}.json`);

export const categories = (): Category[] => byOrder(readJson<Category[]>('categories.json'));

/** Every playbook, by number, read from the frontmatter of content/playbooks/*.mdx. */
export function playbooks(): Playbook[] {
	const dir = new URL('playbooks/', CONTENT_DIR);
	const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));

	return files
		.map((name) => {
			const text = readFileSync(new URL(name, dir), 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
			if (!frontmatter) throw new Error(`content/playbooks/${name} has no frontmatter`);

			const data = parseYaml(frontmatter) as Omit<Playbook, 'slug'>;
			return { ...data, slug: basename(name, '.mdx') };
		})
		.sort((a, b) => a.number - b.number);
}

export function playbookByTitle(title: string): Playbook {
	const found = playbooks().find((playbook) => playbook.title === title);
	if (!found) throw new Error(`No playbook titled "${title}" in content/playbooks`);
	return found;
}
