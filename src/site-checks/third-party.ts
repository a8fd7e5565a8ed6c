import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

import { regionOf } from './page-region.ts';
import { describeSource, type SourceOf } from './page-sources.ts';
import type { SiteProblem } from './problem.ts';
import { loadSitePage, type BuiltSite } from './site.ts';

/** An absolute URL to another origin that the check lets through, and why. */
export interface AllowedUrl {
	/** Files it applies to, by address, e.g. /^\/pagefind\//. */
	file: RegExp;
	url: RegExp;
	reason: string;
}

/**
 * URLs in the output that name another origin but never make the browser fetch anything.
 * The browser test of requests (tests/e2e/third-parties.sweep.spec.ts) backs this list up: a URL
 * let through here that a page did request would fail there. An entry that matches nothing
 * fails the check, so the list cannot outlive its reasons.
 */
export const ALLOWED_URLS: readonly AllowedUrl[] = [
	{
		file: /./,
		url: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML)$/,
		reason: 'XML namespace names identify a vocabulary; browsers never fetch them',
	},
	{
		file: /^\/pagefind\/pagefind(-worker)?\.js$/,
		url: /^https:\/\/example\.com\b/,
		reason:
			'Pagefind, the search engine, parses result addresses against this placeholder origin ' +
			'to read their paths; it never requests it.',
	},
];

export interface ThirdPartyOptions {
	/** The `site` of astro.config.mjs: crawlers may be pointed at it (canonical, og:url). */
	siteUrl?: string;
	sourceOf?: SourceOf;
	allowed?: readonly AllowedUrl[];
}

export interface ThirdPartyReport {
	problems: SiteProblem[];
	/** Entries of the allow list that matched nothing: delete them. */
	unusedAllowances: AllowedUrl[];
}

const ABSOLUTE = /\bhttps?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?[^\s"'`()<>\\]*/gi;
const PROTOCOL_RELATIVE = /(?<=["'(=\s])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`()<>\\]*/gi;

// Metadata for crawlers and link previews, which may name the site's own production address.
const FOR_CRAWLERS = [
	'link[rel~="canonical"]',
	'link[rel~="alternate"]',
	'link[rel~="sitemap"]',
	'meta[property]',
	'meta[name]',
].join(', ');

/**
 * Finds every URL in the built HTML, CSS and JavaScript that points to another origin. Only a
 * plain link the reader clicks (`<a href>`) may: anything else would make the browser call a
 * third party (a font, a script, an image, analytics) on someone's behalf.
 */
export function findThirdPartyUrls(
	site: BuiltSite,
	options: ThirdPartyOptions = {},
): ThirdPartyReport {
	const allowed = options.allowed ?? ALLOWED_URLS;
	const used = new Set<AllowedUrl>();
	const isAllowed = (file: string, url: string) => {
		const entry = allowed.find((a) => a.file.test(file) && a.url.test(url));
		if (entry) used.add(entry);
		return Boolean(entry);
	};

	const problems: SiteProblem[] = [];
	for (const page of site.pages) {
		const source = describeSource(options.sourceOf, page.path, site.base);
		const file = page.path.slice(site.base.length - 1);
		for (const found of urlsInPage(loadSitePage(page), options.siteUrl)) {
			if (!isAllowed(file, found.url)) problems.push({ page: page.path, source, ...found });
		}
	}

	for (const address of site.files) {
		if (!/\.(css|js|mjs)$/.test(address)) continue;
		const file = address.slice(site.base.length - 1);
		const text = readFileSync(join(site.dir, file), 'utf8');
		for (const url of urlsInText(text)) {
			if (isAllowed(file, url)) continue;
			problems.push({
				page: address,
				source: '',
				region: 'the file',
				element: url,
				reason: 'a script or stylesheet names another origin',
			});
		}
	}

	return { problems, unusedAllowances: allowed.filter((entry) => !used.has(entry)) };
}

function urlsInPage($: CheerioAPI, siteUrl: string | undefined) {
	const siteOrigin = siteUrl ? new URL(siteUrl).origin : undefined;
	const found: Array<{ url: string; region: string; element: string; reason: string }> = [];

	for (const node of $('*').toArray() as Element[]) {
		const element = $(node);
		const clickable = node.name === 'a' || node.name === 'area';
		const forCrawlers = element.is(FOR_CRAWLERS);

		for (const [attribute, value] of Object.entries(node.attribs)) {
			if (attribute.startsWith('xmlns')) continue; // a namespace name, never fetched
			for (const url of urlsInText(` ${value}`)) {
				if (clickable && attribute === 'href') continue;
				if (forCrawlers && siteOrigin && originOf(url) === siteOrigin) continue;
				found.push({
					url,
					region: regionOf(element),
					element: `<${node.name} ${attribute}="${value.slice(0, 120)}">`,
					reason: `${originOf(url)} is another origin, and only a plain <a href> may name one`,
				});
			}
		}

		if (node.name !== 'script' && node.name !== 'style') continue;
		for (const url of urlsInText(element.text())) {
			found.push({
				url,
				region: regionOf(element),
				element: `<${node.name}> ${url}`,
				reason: `an inline ${node.name} names ${originOf(url)}, another origin`,
			});
		}
	}
	return found;
}

function urlsInText(text: string): string[] {
	return [...text.matchAll(ABSOLUTE), ...text.matchAll(PROTOCOL_RELATIVE)].map((m) => m[0]);
}

function originOf(url: string): string {
	return new URL(url, 'https://protocol-relative.invalid').origin;
}
