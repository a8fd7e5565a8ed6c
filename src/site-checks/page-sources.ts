import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Where a built page comes from, so a problem found in the HTML names the file to fix: the
 * page template in src/pages whose route matches its address (or the Markdown page in
 * content/docs), and, for a page made from data, the content files holding its entry.
 */
export interface PageSource {
	/** E.g. "src/pages/playbooks/[playbook].astro" or "content/docs/404.md". */
	template: string;
	/** E.g. ["content/playbooks/cpq-implementation.mdx"]; empty for a page of its own. */
	entries: string[];
}

interface Route {
	template: string;
	pattern: RegExp;
	/** The route's parameter names, in order, e.g. ["matrix", "row"]. */
	params: string[];
	/** Lower sorts first: static routes before dynamic ones, as Astro picks them. */
	rank: number;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|ts|js)$/;

/** Reads the page templates and content of a project once; `sourceOf` then answers per page. */
export function pageSources(root: string): SourceOf {
	const routes = [...templateRoutes(root), ...docsRoutes(root)].sort((a, b) => a.rank - b.rank);
	const content = contentIndex(root);

	return (path) => {
		for (const route of routes) {
			const match = route.pattern.exec(path);
			if (!match) continue;

			const values = match.slice(1);
			return { template: route.template, entries: entriesFor(content, route.params, values) };
		}
		return undefined;
	};
}

/** Looks up where a page comes from, by its address without the base path. */
export type SourceOf = (path: string) => PageSource | undefined;

/**
 * Names the files a page of a built site is made from, for a message; empty when the caller
 * gave no way to tell. `path` is the page's address with the site's base path.
 */
export function describeSource(sourceOf: SourceOf | undefined, path: string, base = '/'): string {
	if (!sourceOf) return '';
	const source = sourceOf(path.slice(base.length - 1));
	if (!source) return 'no template in src/pages matches this address';
	const from = source.entries.length > 0 ? ` from ${source.entries.join(' and ')}` : '';
	return source.template + from;
}

/** Routes of the files in src/pages, e.g. "/matrices/[matrix]/" for matrices/[matrix].astro. */
function templateRoutes(root: string): Route[] {
	const pagesDir = join(root, 'src/pages');
	if (!existsSync(pagesDir)) return [];

	return walk(pagesDir)
		.filter((file) => PAGE_EXTENSIONS.test(file))
		.map((file) => {
			const route = relative(pagesDir, file)
				.split(sep)
				.join('/')
				.replace(PAGE_EXTENSIONS, '')
				.replace(/(^|\/)index$/, '');
			// Endpoints keep their own extension ("data/[table].json"); pages end in a slash.
			const address = /\.[a-z]+$/.test(route) ? `/${route}` : `/${route}/`.replace('//', '/');
			return toRoute(`src/pages/${relative(pagesDir, file).split(sep).join('/')}`, address);
		});
}

/** Starlight makes a page of each Markdown file in content/docs; 404 is served as /404.html. */
function docsRoutes(root: string): Route[] {
	const docsDir = join(root, 'content/docs');
	if (!existsSync(docsDir)) return [];

	return walk(docsDir)
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => {
			const slug = relative(docsDir, file).split(sep).join('/').replace(/\.mdx?$/, '');
			const address =
				slug === '404' ? '/404.html' : `/${slug.replace(/(^|\/)index$/, '')}/`.replace('//', '/');
			return toRoute(`content/docs/${relative(docsDir, file).split(sep).join('/')}`, address);
		});
}

function toRoute(template: string, address: string): Route {
	const params: string[] = [];
	let rank = 0;
	const source = address
		.split(/(\[(?:\.\.\.)?[^\]]+\])/)
		.map((part) => {
			const param = /^\[(\.\.\.)?([^\]]+)\]$/.exec(part);
			if (!param) return part.replace(/[.*+?^${}()|\\]/g, '\\$&');

			params.push(param[2]);
			rank += param[1] ? 100 : 1;
			return param[1] ? '(.*?)' : '([^/]+?)';
		})
		.join('');
	return { template, pattern: new RegExp(`^${source}$`), params, rank };
}

/** Each content id, with the files that define it: one MDX file, or an entry in a JSON list. */
type ContentIndex = Map<string, Array<{ file: string; label: string }>>;

function contentIndex(root: string): ContentIndex {
	const index: ContentIndex = new Map();
	const add = (id: string, file: string, label: string) =>
		index.set(id, [...(index.get(id) ?? []), { file, label }]);

	const contentDir = join(root, 'content');
	if (!existsSync(contentDir)) return index;

	for (const file of walk(contentDir)) {
		const name = relative(root, file).split(sep).join('/');
		if (name.startsWith('content/docs/') || name.startsWith('content/i18n/')) continue;

		const stem = name.split('/').pop()!.replace(/\.[^.]+$/, '');
		const nested = name.split('/').length > 2;
		if (/\.mdx?$/.test(name)) add(stem, name, name);
		if (!name.endsWith('.json')) continue;

		// A file in a subfolder is an entry too (content/processes/sales.json is "sales").
		if (nested) add(stem, name, name);
		for (const id of jsonIds(file)) {
			add(nested ? `${stem}/${id}` : id, name, `${name} (entry "${id}")`);
		}
	}
	return index;
}

function jsonIds(file: string): string[] {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8'));
		return Array.isArray(data)
			? data.map((entry) => entry?.id).filter((id): id is string => typeof id === 'string')
			: [];
	} catch {
		return [];
	}
}

/**
 * The content entries a dynamic page was made from. "/processes/sales/territory-design/"
 * looks up "sales/territory-design" first. An id can be in more than one file (a matrix id is
 * in matrices.json and names processes/sales.json); files named like the parameter (a
 * "[matrix]" page and "matrices.json") come first, since an id alone can be ambiguous.
 */
function entriesFor(content: ContentIndex, params: string[], values: string[]): string[] {
	if (values.length === 0) return [];

	const joined = content.get(values.join('/'));
	if (values.length > 1 && joined) return joined.map(({ label }) => label);

	return values.flatMap((value, index) => {
		const found = content.get(value) ?? [];
		const stem = (params[index] ?? '').slice(0, 5).toLowerCase();
		const named = found.filter(({ file }) => file.toLowerCase().includes(`/${stem}`));
		return (named.length > 0 ? named : found).map(({ label }) => label);
	});
}

function walk(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const full = join(directory, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}
