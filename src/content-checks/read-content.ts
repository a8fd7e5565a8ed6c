import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { parseDocument } from 'yaml';

import type { CollectionSource } from '../content-collections';
import type { Problem } from './problem';

/** One entry as read from its file, before any schema has looked at it. */
export interface RawEntry {
	collection: string;
	/** The entry's id as the site will know it. */
	id: string;
	file: string;
	data: unknown;
	/** The text after an MDX file's frontmatter; JSON entries have none. */
	body?: string;
}

export interface ReadResult {
	entries: RawEntry[];
	problems: Problem[];
}

/** Reads every file of a collection, reporting files that cannot be read or parsed. */
export function readCollection(root: string, source: CollectionSource): ReadResult {
	const full = join(root, source.path);

	if (!existsSync(full)) {
		const what = source.format === 'json-list' ? 'file' : 'folder';
		return fail(source.path, `The ${what} is missing. The "${source.name}" collection is read from it.`);
	}

	if (source.format === 'json-list') return readJsonList(root, source, source.path);

	if (!statSync(full).isDirectory()) {
		return fail(source.path, `Expected a folder of ${source.format === 'mdx' ? 'MDX' : 'JSON'} files.`);
	}

	const extension = source.format === 'mdx' ? '.mdx' : '.json';
	const files = readdirSync(full)
		.filter((name) => name.endsWith(extension) && !name.startsWith('_'))
		.sort()
		.map((name) => `${source.path}/${name}`);

	const results = files.map((file) =>
		source.format === 'mdx' ? readMdx(root, source, file) : readJsonList(root, source, file, true),
	);

	return {
		entries: results.flatMap((result) => result.entries),
		problems: results.flatMap((result) => result.problems),
	};
}

function readJsonList(root: string, source: CollectionSource, file: string, rows = false): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(join(root, file), 'utf8'));
	} catch (error) {
		return fail(file, `The file is not valid JSON: ${(error as Error).message}. Fix the syntax there.`);
	}

	if (!Array.isArray(data)) {
		return fail(file, 'Expected a JSON array of entries, each an object with an "id".');
	}

	// A row's id is local to its matrix; the file name (the matrix id) makes it unique site-wide.
	const prefix = rows ? `${basename(file, '.json')}/` : '';
	const entries = data.map((item, index) => ({
		collection: source.name,
		id: prefix + entryId(item, index),
		file,
		data: item,
	}));

	return { entries, problems: [] };
}

function readMdx(root: string, source: CollectionSource, file: string): ReadResult {
	const text = readFileSync(join(root, file), 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);

	if (!match) {
		return fail(file, 'The file has no frontmatter. Start it with a "---" line, the fields, and "---".');
	}

	const document = parseDocument(match[1]);
	if (document.errors.length > 0) {
		const first = document.errors[0];
		// The frontmatter starts on the file's second line.
		const line = (first.linePos?.[0].line ?? 0) + 1;
		return fail(file, `The frontmatter is not valid YAML (line ${line}): ${first.code}. Fix the syntax there.`);
	}

	const entry = {
		collection: source.name,
		id: basename(file, '.mdx'),
		file,
		data: document.toJS(),
		body: text.slice(match[0].length),
	};
	return { entries: [entry], problems: [] };
}

function entryId(item: unknown, index: number): string {
	const id = (item as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

function fail(file: string, message: string): ReadResult {
	return { entries: [], problems: [{ file, message, rule: 'readable' }] };
}
