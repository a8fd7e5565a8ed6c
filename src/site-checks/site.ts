import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { load, type CheerioAPI } from 'cheerio';

/**
 * A built site as the checks see it: the files a static host would serve, and the addresses
 * it would serve them at. The site may live under a base path (e.g. "/gtm-os/"), which is in
 * every address but not in the folder, as Astro builds it.
 */
export interface BuiltSite {
	/** The output folder, e.g. "dist". */
	dir: string;
	/** The base path, with slashes on both ends: "/" or "/gtm-os/". */
	base: string;
	/** Every file's address, e.g. "/gtm-os/_astro/page.js". */
	files: ReadonlySet<string>;
	/** Every HTML page, in address order. */
	pages: readonly SitePage[];
}

/** One HTML file of a built site. */
export interface SitePage {
	/** Where a browser asks for it: "/gtm-os/matrices/sales/" or "/gtm-os/404.html". */
	path: string;
	/** The file on disk. */
	file: string;
}

/** Reads the output folder of a build. Throws, with the fix, when there is none. */
export function readBuiltSite(dir: string, base = '/'): BuiltSite {
	if (!existsSync(dir)) {
		throw new Error(`No built site at ${dir}. Run \`npm run build\` first.`);
	}

	const normalBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const files = walk(dir).map((file) => ({
		file,
		path: normalBase + relative(dir, file).split(sep).join('/'),
	}));
	const pages = files
		.filter(({ file }) => file.endsWith('.html'))
		.map(({ file, path }) => ({ file, path: path.replace(/(^|\/)index\.html$/, '$1') }))
		.sort((a, b) => a.path.localeCompare(b.path));

	return { dir, base: normalBase, files: new Set(files.map(({ path }) => path)), pages };
}

/**
 * The file a request for an address gets from a static host with trailingSlash 'always':
 * "/a/" is "/a/index.html", a file is itself. Without the slash a page has no address.
 */
export function fileAt(site: BuiltSite, path: string): string | undefined {
	const candidate = path.endsWith('/') ? `${path}index.html` : path;
	return site.files.has(candidate) ? candidate : undefined;
}

const parsed = new WeakMap<SitePage, CheerioAPI>();

/** A page's HTML, parsed once and kept for the other checks that read it. */
export function loadSitePage(page: SitePage): CheerioAPI {
	let $ = parsed.get(page);
	if (!$) {
		$ = load(readFileSync(page.file, 'utf8'));
		parsed.set(page, $);
	}
	return $;
}

/**
 * The page addresses the sitemap lists, with the base path, e.g. "/gtm-os/stages/". Starlight
 * writes a sitemap index pointing to one or more sitemaps; this reads them all.
 */
export function sitemapPaths(site: BuiltSite): string[] {
	const index = join(site.dir, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`The build wrote no sitemap at ${index}.`);

	const sitemaps = locations(readFileSync(index, 'utf8')).map(
		(url) => new URL(url).pathname.slice(site.base.length),
	);
	return sitemaps
		.flatMap((name) => locations(readFileSync(join(site.dir, name), 'utf8')))
		.map((url) => new URL(url).pathname)
		.sort();
}

/**
 * The origin the site is built for (`site` in astro.config.mjs), as the sitemap names it:
 * links to it from crawler metadata (canonical, og:url) are links within the site.
 */
export function siteOrigin(site: BuiltSite): string {
	const index = readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8');
	const [first] = locations(index);
	if (!first) throw new Error(`The sitemap index in ${site.dir} lists no sitemap.`);
	return new URL(first).origin;
}

function locations(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].trim());
}

function walk(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}
