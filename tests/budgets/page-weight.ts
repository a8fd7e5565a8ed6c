import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { load } from 'cheerio';
import { init, parse } from 'es-module-lexer';

import { brotliSize } from './compressed-size.ts';

/**
 * What a page makes the browser fetch before it is usable, read from the built files alone:
 * the HTML, its render-blocking stylesheets and what they @import, the fonts those declare,
 * the scripts it runs at load and every module they import statically, preloads, and images
 * not marked lazy. Sizes are brotli, as a static host serves them.
 *
 * Known shortcomings, each an over- or under-count of at most a few hundred bytes today:
 * - Every font a stylesheet declares is counted, though a browser fetches only those a page
 *   uses (the site has none: Starlight uses system fonts).
 * - Every image not marked `loading="lazy"` is counted, above the fold or not: which are above
 *   it depends on the screen, which a static reading cannot know.
 * - Scripts Astro inlines into the HTML are counted in the HTML and, compressed one by one, in
 *   the JavaScript figure; they have no file name, so the script rules cannot name them.
 * - Code a script starts by `import()` at load time is not followed: Starlight's search UI
 *   does this when the browser is idle, after load. The browser cross-check
 *   (tests/e2e/page-weight.spec.ts) proves the model matches what Chromium fetches.
 */

/** What a fetched resource is for. */
export type ResourceKind = 'document' | 'stylesheet' | 'script' | 'font' | 'image' | 'preload';

export interface Resource {
	/** Its address on the site, e.g. "/_astro/page.cNngjUgL.js". */
	url: string;
	kind: ResourceKind;
	/** Brotli-compressed size in bytes. */
	bytes: number;
	/** Size on disk, uncompressed. */
	rawBytes: number;
}

/** A script written into the HTML rather than fetched. */
export interface InlineScript {
	/** Brotli size of the script alone: more than it adds to the compressed HTML. */
	bytes: number;
	rawBytes: number;
	/** Its first characters, to tell scripts apart in a report. */
	start: string;
}

export interface PageWeight {
	/** The page's address, e.g. "/playbooks/cpq-implementation/". */
	path: string;
	/** Everything fetched before the page is usable, the page itself first. */
	resources: Resource[];
	inlineScripts: InlineScript[];
	/** Stylesheets the browser fetches at low priority without waiting, e.g. media="print". */
	nonBlocking: Resource[];
	/** Modules reachable through `import()`: fetched later, on idle or on use. */
	lazy: string[];
	/** Addresses the page refers to that are not in the build: a broken page, not a budget. */
	missing: string[];
	/** Resources from other origins, which the budget cannot weigh. */
	external: string[];
	/** Brotli bytes of everything in `resources`. */
	total: number;
	/** Brotli bytes of the scripts among them, plus the inline scripts. */
	js: number;
	/** Brotli bytes of the HTML document. */
	html: number;
	/** Requests before the page is usable, the document included. */
	requests: number;
}

export interface SiteReader {
	/** The built site's folder, e.g. "dist". */
	distDir: string;
	/** The site's base path, e.g. "/" or "/docs/"; its pages' files are at the folder's root. */
	base?: string;
}

const ORIGIN = 'http://site.invalid';

/** Reads the files of a built site once each, however many pages share them. */
export class BuiltSite {
	readonly distDir: string;
	readonly base: string;
	readonly #sizes = new Map<string, { bytes: number; rawBytes: number } | undefined>();
	readonly #imports = new Map<string, { statics: string[]; dynamics: string[] }>();

	constructor({ distDir, base = '/' }: SiteReader) {
		this.distDir = distDir;
		this.base = base.endsWith('/') ? base : `${base}/`;
	}

	/** The file an address is served from, or undefined when the build has none. */
	fileOf(url: string): string | undefined {
		let path = decodeURIComponent(new URL(url, ORIGIN).pathname);
		if (!path.startsWith(this.base)) return undefined;
		path = path.slice(this.base.length);

		for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
			const file = join(this.distDir, candidate);
			if (existsSync(file) && statSync(file).isFile()) return file;
		}
		return undefined;
	}

	/** Compressed and raw size of the file at an address. */
	size(url: string): { bytes: number; rawBytes: number } | undefined {
		if (!this.#sizes.has(url)) {
			const file = this.fileOf(url);
			const content = file ? readFileSync(file) : undefined;
			this.#sizes.set(url, content && { bytes: brotliSize(content), rawBytes: content.length });
		}
		return this.#sizes.get(url);
	}

	text(url: string): string {
		const file = this.fileOf(url);
		return file ? readFileSync(file, 'utf8') : '';
	}

	/** The addresses a module imports, statically and through `import()` with a literal. */
	imports(url: string, code = this.text(url)): { statics: string[]; dynamics: string[] } {
		const cached = this.#imports.get(url);
		if (cached) return cached;

		const [found] = parse(code);
		const result = { statics: [] as string[], dynamics: [] as string[] };
		for (const entry of found) {
			if (entry.type === 'import-meta' || !entry.specifier) continue;
			// `import(`${base}x.js`)` names no one module; Pagefind's loader is one.
			if (entry.type === 'dynamic' && entry.glob) continue;
			// Bare specifiers cannot load in a browser without an import map; the site has none.
			if (!/^(\.{0,2}\/|https?:)/.test(entry.specifier)) continue;

			const target = new URL(entry.specifier, new URL(url, ORIGIN)).href.replace(ORIGIN, '');
			if (entry.type === 'dynamic') result.dynamics.push(target);
			else result.statics.push(target);
		}
		this.#imports.set(url, result);
		return result;
	}
}

/** es-module-lexer compiles a WebAssembly parser once; call this before measuring. */
export const ready: Promise<void> = init();

/** Measures one built page; `site` caches files shared between pages. */
export function measurePage(site: BuiltSite, path: string): PageWeight {
	const html = site.text(path);
	const $ = load(html);
	const page = new PageCollector(site, path);

	page.add(path, 'document');

	$('link[rel~="stylesheet"][href]').each((_, element) => {
		const media = $(element).attr('media');
		const target = blocksScreen(media) ? page.resources : page.nonBlocking;
		page.addStylesheet($(element).attr('href')!, target);
	});
	$('style').each((_, element) => page.followCss($(element).text(), path, page.resources));

	$('script').each((_, element) => {
		const script = $(element);
		const src = script.attr('src');
		const isModule = script.attr('type') === 'module';
		if (src) {
			page.addScript(src, isModule);
		} else if (!script.attr('type') || isModule) {
			page.addInlineScript(script.text(), isModule);
		}
	});

	$('link[rel~="modulepreload"][href]').each((_, element) => {
		page.addScript($(element).attr('href')!, true);
	});
	$('link[rel~="preload"][href]').each((_, element) => {
		page.add($(element).attr('href')!, 'preload');
	});
	$('img[src]:not([loading="lazy"])').each((_, element) => {
		page.add($(element).attr('src')!, 'image');
	});

	return page.result();
}

/** Whether a stylesheet's media attribute applies to a screen, so the page waits for it. */
function blocksScreen(media: string | undefined): boolean {
	if (!media) return true;
	return media.split(',').some((query) => !/^\s*(only\s+)?print\b/i.test(query));
}

/** Gathers one page's resources, each address once. */
class PageCollector {
	readonly resources: Resource[] = [];
	readonly nonBlocking: Resource[] = [];
	readonly #inlineScripts: InlineScript[] = [];
	readonly #lazy = new Set<string>();
	readonly #missing = new Set<string>();
	readonly #external = new Set<string>();
	readonly #seen = new Set<string>();
	readonly site: BuiltSite;
	readonly path: string;

	constructor(site: BuiltSite, path: string) {
		this.site = site;
		this.path = path;
	}

	/** Adds the resource at `href` (relative to `from`); returns its address if it is new. */
	add(href: string, kind: ResourceKind, from = this.path, into = this.resources) {
		const url = new URL(href, new URL(from, ORIGIN));
		if (url.origin !== ORIGIN) {
			this.#external.add(url.href);
			return undefined;
		}

		const address = url.pathname;
		if (this.#seen.has(address)) return undefined;
		this.#seen.add(address);

		const size = this.site.size(address);
		if (!size) {
			this.#missing.add(address);
			return undefined;
		}
		into.push({ url: address, kind, ...size });
		return address;
	}

	addStylesheet(href: string, into: Resource[], from = this.path) {
		const address = this.add(href, 'stylesheet', from, into);
		if (address) this.followCss(this.site.text(address), address, into);
	}

	/** Follows a stylesheet's @imports and the fonts it declares. */
	followCss(css: string, from: string, into: Resource[]) {
		const imports = /@import\s+(?:url\(\s*(?:["']([^"']+)["']|([^)\s]+))\s*\)|["']([^"']+)["'])/g;
		for (const [, quotedUrl, bareUrl, plain] of css.matchAll(imports)) {
			const href = quotedUrl ?? bareUrl ?? plain;
			if (href) this.addStylesheet(href, into, from);
		}

		for (const [fontFace] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
			const [, href] = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(fontFace) ?? [];
			if (href && !href.startsWith('data:')) this.add(href, 'font', from, into);
		}
	}

	addScript(href: string, isModule: boolean, from = this.path) {
		const address = this.add(href, 'script', from);
		if (address && isModule) this.followImports(address, this.site.text(address));
	}

	addInlineScript(code: string, isModule: boolean) {
		if (!code.trim()) return;
		this.#inlineScripts.push({
			bytes: brotliSize(code),
			rawBytes: Buffer.byteLength(code),
			start: code.trim().slice(0, 40),
		});
		if (isModule) this.followImports(`${this.path}#inline-${this.#inlineScripts.length}`, code);
	}

	followImports(address: string, code: string) {
		const { statics, dynamics } = this.site.imports(address, code);
		for (const target of statics) this.addScript(target, true, address);
		for (const target of dynamics) this.#addLazy(target);
	}

	/** Records a module loaded later, and everything it loads in turn. */
	#addLazy(address: string) {
		if (this.#lazy.has(address) || this.#seen.has(address)) return;
		this.#lazy.add(address);
		if (!this.site.fileOf(address)) return;

		const { statics, dynamics } = this.site.imports(address);
		for (const target of [...statics, ...dynamics]) this.#addLazy(target);
	}

	result(): PageWeight {
		const sum = (resources: { bytes: number }[]) =>
			resources.reduce((total, resource) => total + resource.bytes, 0);
		const scripts = this.resources.filter(({ kind, url }) => kind === 'script' || isJs(url));

		return {
			path: this.path,
			resources: this.resources,
			inlineScripts: this.#inlineScripts,
			nonBlocking: this.nonBlocking,
			lazy: [...this.#lazy],
			missing: [...this.#missing],
			external: [...this.#external],
			total: sum(this.resources),
			js: sum(scripts) + sum(this.#inlineScripts),
			html: this.resources[0]?.bytes ?? 0,
			requests: this.resources.length,
		};
	}
}

const isJs = (url: string) => /\.m?js$/.test(url);
