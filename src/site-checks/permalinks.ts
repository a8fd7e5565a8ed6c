import { readFileSync } from 'node:fs';

import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio/slim';

import type { BuiltSite } from './site.ts';

/**
 * The public addresses of the site: every page, and every anchor a reader may link to. They
 * are a contract, kept in tests/permalinks.txt: one may go only with a redirect, and a new one is
 * added to the file on purpose.
 *
 * Which ids are anchors: every id inside <main>, except those that are there for the page's
 * own workings rather than for readers to land on:
 * - `_top`, Starlight's id for the page title (the page's own address covers it);
 * - ids of elements that name or describe another (<caption>, <label>, <legend>, and any id
 *   an aria-describedby, aria-controls or `for` on the page points to: a field's hint);
 * - ids of form controls, scripts and templates, which scripts and labels look up;
 * - ids on or inside an element hidden as the page loads (a tool's form before its script
 *   runs, a field's message), which a link could not scroll to;
 * - ids of headings Starlight makes from Markdown text (those in `.sl-heading-wrapper`), which
 *   change whenever the wording does and so cannot be promised.
 * That covers table rows (matrix, benchmark, segment, PLG vs SLG), matrix cells, glossary
 * terms, and the section headings page templates give fixed ids, such as /matrices/#key.
 */
export const NOT_ANCHORS = [
	'#_top',
	'caption, label, legend',
	'input, select, textarea, button, output, form, script, template, style',
	'.sl-heading-wrapper > *',
	'[hidden], [hidden] *',
].join(', ');

// Attributes whose ids name or describe another element (aria-labelledby is left out: it
// often points to a section's heading, which is an anchor of its own).
const REFERENCING = [
	'aria-describedby',
	'aria-controls',
	'aria-errormessage',
	'aria-details',
	'aria-owns',
	'for',
];

/** Astro writes a redirect as a page that refreshes to its target. */
const REDIRECT = 'meta[http-equiv="refresh" i]';

/**
 * Every public address of a built site, without the base path, sorted. It runs in every build
 * (src/integrations/permalinks-kept.ts), so it parses with htmlparser2, a third of the time of
 * the standard parser the other checks use; the site's HTML is validated, so both agree.
 */
export function collectPermalinks(site: BuiltSite): string[] {
	const lines = site.pages
		.filter((page) => !/\/404\.html$/.test(page.path))
		.flatMap((page) => {
			const path = page.path.slice(site.base.length - 1);
			const $ = load(readFileSync(page.file, 'utf8'));
			return [path, ...anchorsOf($).map((id) => `${path}#${id}`)];
		});
	return [...new Set(lines)].sort();
}

function anchorsOf($: CheerioAPI): string[] {
	if ($(REDIRECT).length > 0) return [];

	const referenced = new Set(
		REFERENCING.flatMap((attribute) =>
			$(`[${attribute}]`)
				.toArray()
				.flatMap((node) => ($(node).attr(attribute) ?? '').split(/\s+/)),
		),
	);
	return $('main [id]')
		.not(NOT_ANCHORS)
		.toArray()
		.map((node) => $(node).attr('id')!)
		.filter((id) => !referenced.has(id));
}

/** What changed between the promised list and the build. */
export interface PermalinkChanges {
	/** Listed, gone from the build, and not redirected. */
	missing: string[];
	/** In the build and not listed. */
	unlisted: string[];
	/** Anchor redirects whose target is not in the build. */
	brokenRedirects: string[];
}

/**
 * Compares the list with the build. A listed page that moved stays in the build as Astro's
 * redirect page; a listed anchor that moved must be in `anchorRedirects` (site path and anchor
 * to its new address), pointing to an anchor that exists.
 */
export function comparePermalinks(
	listed: readonly string[],
	built: readonly string[],
	anchorRedirects: Readonly<Record<string, string>> = {},
): PermalinkChanges {
	const builtSet = new Set(built);
	const listedSet = new Set(listed);
	const redirected = (address: string) => address in anchorRedirects;

	return {
		missing: listed.filter((address) => !builtSet.has(address) && !redirected(address)),
		unlisted: built.filter((address) => !listedSet.has(address)),
		brokenRedirects: Object.entries(anchorRedirects)
			.filter(([, target]) => !builtSet.has(target))
			.map(([from, target]) => `${from} -> ${target}`),
	};
}

/** The report of the changes, each kind with its fix; empty when nothing changed. */
export function formatPermalinkChanges(
	{ missing, unlisted, brokenRedirects }: PermalinkChanges,
	listFile: string,
): string {
	const sections: string[] = [];
	if (missing.length > 0) {
		sections.push(
			[
				`${missing.length} address(es) in ${listFile} no longer exist, and nothing redirects them:`,
				...missing.map((address) => `  ${address}`),
				'Links to these are out there. Keep the id in the data; or, for a page that moved, add',
				'an Astro redirect in astro.config.mjs; for an anchor that moved, add it to',
				'src/lib/anchor-redirects.ts. Remove a line only for an address that never shipped.',
			].join('\n'),
		);
	}
	if (unlisted.length > 0) {
		sections.push(
			[
				`${unlisted.length} new address(es) are not in ${listFile}:`,
				...unlisted.slice(0, 20).map((address) => `  ${address}`),
				...(unlisted.length > 20 ? [`  and ${unlisted.length - 20} more`] : []),
				`Once they are meant to be public, run \`npm run permalinks\` and commit ${listFile}.`,
			].join('\n'),
		);
	}
	if (brokenRedirects.length > 0) {
		sections.push(
			[
				'Anchor redirects in src/lib/anchor-redirects.ts lead nowhere:',
				...brokenRedirects.map((redirect) => `  ${redirect}`),
				'Point each at an address the site has.',
			].join('\n'),
		);
	}
	return sections.join('\n\n');
}

/** The lines of a permalinks file: addresses, without its comments and blank lines. */
export function parsePermalinks(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** The file's text: a note on what it is, then one address a line. */
export function serializePermalinks(addresses: readonly string[]): string {
	return [
		'# Every public address and anchor of the site, one a line, sorted. A test fails when one',
		'# disappears without a redirect, or a new one is not listed here. To update it after',
		'# adding pages or rows: npm run permalinks. See "Permalinks" in the README.',
		...addresses,
		'',
	].join('\n');
}
