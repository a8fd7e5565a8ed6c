import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

import { KIND_FILTER, pageKind } from '../lib/page-kind';
import { SEARCH_BUNDLE } from '../lib/search-bundle';
import { CONTEXT_META, NUMBER_META } from '../lib/search-meta';
import { aliasMeta, prepareForIndex, separateWords } from '../lib/search-page';
import { recordUrl, rowRecords, sitePath, type RowRecord } from '../lib/search-records';
import { synonymGroups, type SynonymGroup } from '../lib/synonyms';
import { playbookUrl } from '../lib/urls';
import { recutIndexFiles } from './recut-index';
import { readSearchContent } from './search-content';

/**
 * Builds the site's search index with Pagefind once the pages are written: one record per
 * page, with its kind as a filter, and one per table row and glossary term, at its anchor.
 * It replaces Starlight's own index (`pagefind: false` in the Starlight config).
 */
export function searchIndex(): AstroIntegration {
	let root = '';

	return {
		name: 'gtm-os:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await writeSearchIndex({ root, site: fileURLToPath(dir), logger });
			},
		},
	};
}

interface IndexOptions {
	/** The project root, where the content files are. */
	root: string;
	/** The built site. */
	site: string;
	logger: Pick<AstroIntegrationLogger, 'info'>;
}

/** Indexes the built site at `site` and writes the index into it. */
export async function writeSearchIndex({ root, site, logger }: IndexOptions) {
	const started = performance.now();
	const content = readSearchContent(root);
	const groups = synonymGroups(content.glossary);
	const rows = rowRecords(content);

	const { index, errors } = await pagefind.createIndex();
	let pageCount = 0;
	try {
		if (!index) throw indexError(errors);

		const pages = await addPages(index, site, rows, content.playbookNumbers, groups);
		checkAnchors(rows, pages);
		pageCount = pages.size;
		for (const row of rows) await added(index.addCustomRecord(rowRecord(row, groups)));

		const bundle = join(site, SEARCH_BUNDLE);
		const written = await index.writeFiles({ outputPath: bundle });
		if (written.errors.length > 0) throw indexError(written.errors);
		recutIndexFiles(bundle);
		removeUnusedUi(bundle);
	} finally {
		await pagefind.close();
	}

	const took = Math.round(performance.now() - started);
	logger.info(`Indexed ${pageCount} pages and ${rows.length} rows and terms in ${took} ms.`);
}

/** Adds every built page; returns the ids each page's indexed part holds, by address. */
async function addPages(
	index: pagefind.PagefindIndex,
	site: string,
	rows: readonly RowRecord[],
	playbookNumbers: ReadonlyMap<string, number>,
	groups: readonly SynonymGroup[],
) {
	const numbers = new Map(
		[...playbookNumbers].map(([id, number]) => [sitePath(playbookUrl(id)), String(number)]),
	);
	const ids = new Map<string, ReadonlySet<string>>();

	for (const path of pagePaths(site)) {
		const page = prepareForIndex(readFileSync(join(site, fileOf(path)), 'utf8'), {
			kind: pageKind(path),
			rowIds: rows.filter((row) => row.page === path).map((row) => row.anchor),
			meta: numbers.has(path) ? { [NUMBER_META]: numbers.get(path)! } : undefined,
			groups,
		});
		if (!page) continue;

		await added(index.addHTMLFile({ url: path, content: page.html }));
		ids.set(path, page.ids);
	}

	return ids;
}

/** A row as a Pagefind record: its text, and the other names of the terms it uses. */
function rowRecord(row: RowRecord, groups: readonly SynonymGroup[]): pagefind.CustomRecord {
	const [title, text] = [separateWords(row.title), separateWords(row.text)];

	return {
		url: recordUrl(row),
		// The title leads the text, as a page's heading leads its page, so the two rank alike.
		content: `${title}. ${text}`,
		language: 'en',
		meta: { title, [CONTEXT_META]: row.context, ...aliasMeta(title, text, groups) },
		filters: { [KIND_FILTER]: [row.kind] },
	};
}

/**
 * A row record whose anchor is missing from its page would open the page at its top, and
 * would mean the page and the content disagree: stop the build and say which.
 */
export function checkAnchors(
	rows: readonly RowRecord[],
	pages: ReadonlyMap<string, ReadonlySet<string>>,
) {
	const missing = rows.filter((row) => !pages.get(row.page)?.has(row.anchor));
	if (missing.length === 0) return;

	const list = missing.map((row) => `  ${recordUrl(row)} (${row.kind} "${row.title}")`);
	throw new Error(
		`Search would link ${missing.length} row(s) to an anchor their page does not have:\n` +
			`${list.join('\n')}\n` +
			'Each row needs an element with its id on its page (see src/lib/urls.ts for the ' +
			'anchors). Render it there, or change src/lib/search-records.ts if the row moved.',
	);
}

/**
 * Pagefind writes its ready-made interfaces next to the index; the site has its own, so they
 * would only be dead weight in the deployed site.
 */
function removeUnusedUi(bundle: string) {
	const unused = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
	for (const name of readdirSync(bundle).filter((file) => unused.test(file))) {
		rmSync(join(bundle, name));
	}
}

/**
 * Addresses of the built pages, e.g. "/playbooks/cpq-implementation/". With trailing slashes
 * on, every page is a folder's index.html; other HTML files (404.html) are not pages to find.
 */
function pagePaths(site: string): string[] {
	return walk(site)
		.filter((file) => basename(file) === 'index.html')
		.map((file) => {
			const folders = relative(site, dirname(file)).split(sep).filter(Boolean);
			return `/${folders.map((folder) => `${folder}/`).join('')}`;
		})
		.sort();
}

const fileOf = (path: string) => join(...path.split('/').filter(Boolean), 'index.html');

function walk(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		if (entry.isDirectory()) return entry.name === SEARCH_BUNDLE ? [] : walk(full);
		return [full];
	});
}

async function added(response: Promise<{ errors: string[] }>) {
	const { errors } = await response;
	if (errors.length > 0) throw indexError(errors);
}

const indexError = (errors: readonly string[]) =>
	new Error(`Pagefind could not build the search index:\n  ${errors.join('\n  ')}`);
