import type { CheerioAPI } from 'cheerio';

import { regionOf } from './page-region.ts';
import { describeSource, type SourceOf } from './page-sources.ts';
import type { SiteProblem } from './problem.ts';
import { fileAt, loadSitePage, type BuiltSite, type SitePage } from './site.ts';

export interface LinkCheckOptions {
	/** The `site` of astro.config.mjs: absolute links to it (canonical, og:url) are internal. */
	siteUrl?: string;
	/** Where each page comes from, for the messages (see page-sources.ts). */
	sourceOf?: SourceOf;
}

type Extract = 'url' | 'srcset' | 'refresh';

// Every attribute that makes a browser fetch or go to an address.
const LINKING_ATTRIBUTES: ReadonlyArray<{ selector: string; attribute: string; as: Extract }> = [
	{ selector: 'a[href], area[href], link[href]', attribute: 'href', as: 'url' },
	{ selector: 'use[href], image[href]', attribute: 'href', as: 'url' },
	{ selector: 'script[src], img[src], source[src], iframe[src]', attribute: 'src', as: 'url' },
	{ selector: 'embed[src]', attribute: 'src', as: 'url' },
	{ selector: 'video[src], audio[src], track[src]', attribute: 'src', as: 'url' },
	{ selector: 'video[poster]', attribute: 'poster', as: 'url' },
	{ selector: 'object[data]', attribute: 'data', as: 'url' },
	{ selector: 'form[action]', attribute: 'action', as: 'url' },
	{ selector: 'img[srcset], source[srcset]', attribute: 'srcset', as: 'srcset' },
	{ selector: 'meta[http-equiv="refresh" i]', attribute: 'content', as: 'refresh' },
	{ selector: 'meta[property="og:url"]', attribute: 'content', as: 'url' },
	{ selector: 'meta[property="og:image"]', attribute: 'content', as: 'url' },
];

// Resolves relative links; a URL still on this origin afterwards was a link within the site.
const LOCAL = 'http://site.invalid';

/**
 * Follows every internal link of every page (href, src, srcset, refresh) to a built file, and
 * every `#fragment` to an element with that id on its target page. Links to other sites are
 * left to the third-party check; links outside the base path are problems.
 */
export function checkLinks(site: BuiltSite, options: LinkCheckOptions = {}): SiteProblem[] {
	const ids = new Map<SitePage, Set<string>>();
	const crawl: Crawl = {
		site,
		siteUrl: options.siteUrl,
		pagesByFile: new Map(site.pages.map((page) => [fileAddress(page), page])),
		idsOf: (page) => {
			if (!ids.has(page)) ids.set(page, anchorsOf(loadSitePage(page)));
			return ids.get(page)!;
		},
	};

	return site.pages.flatMap((page) => {
		const $ = loadSitePage(page);
		const source = describeSource(options.sourceOf, page.path, site.base);

		return linksOf($).flatMap(({ element, value, region }) => {
			const reason = problemWith(value, page, crawl);
			return reason ? [{ page: page.path, source, region, element, reason }] : [];
		});
	});
}

/** Every link-bearing attribute of a page, split into single URLs (srcset holds several). */
function linksOf($: CheerioAPI) {
	return LINKING_ATTRIBUTES.flatMap(({ selector, attribute, as }) =>
		$(selector)
			.toArray()
			.flatMap((node) => {
				const element = $(node);
				const raw = element.attr(attribute) ?? '';
				const tag = `<${node.type === 'tag' ? node.name : '?'} ${attribute}="${raw}">`;
				return urlsIn(raw, as).map((value) => ({ element: tag, value, region: regionOf(element) }));
			}),
	);
}

function urlsIn(raw: string, as: Extract): string[] {
	if (as === 'srcset') {
		return raw.split(',').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
	}
	if (as === 'refresh') return [/url\s*=\s*['"]?([^'"]+)/i.exec(raw)?.[1] ?? ''].filter(Boolean);
	return [raw.trim()];
}

/** What a link is checked against: the site, and its pages' ids, read once each. */
interface Crawl {
	site: BuiltSite;
	siteUrl: string | undefined;
	pagesByFile: Map<string, SitePage>;
	idsOf: (page: SitePage) => Set<string>;
}

/** What is wrong with one link on a page, or undefined when it leads where it says. */
function problemWith(value: string, page: SitePage, crawl: Crawl): string | undefined {
	const { site, siteUrl, pagesByFile, idsOf } = crawl;
	if (value === '') return 'the link is empty';
	if (/^javascript:/i.test(value)) {
		return 'a javascript: link does nothing without JavaScript, and the CSP blocks it';
	}

	const url = new URL(value, LOCAL + page.path);
	const ownSite = siteUrl && url.origin === new URL(siteUrl).origin;
	if (url.origin !== LOCAL && !ownSite) return undefined;

	const path = safeDecode(url.pathname);
	if (!path.startsWith(site.base)) {
		return (
			`${path} is outside the base path ${site.base}: ` +
			'build the address with withBase() from src/lib/urls.ts'
		);
	}

	const file = fileAt(site, path);
	if (!file) {
		return fileAt(site, `${path}/`)
			? `no page at ${path}: page addresses end in a slash, ${path}/`
			: `no page or file at ${path}`;
	}

	const fragment = safeDecode(url.hash.slice(1));
	const target = pagesByFile.get(file);
	if (!fragment || !target || idsOf(target).has(fragment)) return undefined;
	return `${target.path} has no element with id "${fragment}"`;
}

/** What a fragment can point to: an id, or the name of an <a>. */
function anchorsOf($: CheerioAPI): Set<string> {
	const ids = $('[id]')
		.toArray()
		.map((node) => $(node).attr('id')!);
	const names = $('a[name]')
		.toArray()
		.map((node) => $(node).attr('name')!);
	return new Set([...ids, ...names]);
}

function fileAddress(page: SitePage): string {
	return page.path.endsWith('/') ? `${page.path}index.html` : page.path;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
