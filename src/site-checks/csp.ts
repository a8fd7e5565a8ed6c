import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

import { allowsInline, effectiveDirective, parsePolicy, type Policy } from '../lib/csp.ts';
import { regionOf } from './page-region.ts';
import { describeSource, type SourceOf } from './page-sources.ts';
import type { SiteProblem } from './problem.ts';
import { loadSitePage, type BuiltSite } from './site.ts';

// Types a browser runs as script; data blocks (JSON, JSON-LD) are not scripts to CSP.
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

// A <meta> policy cannot carry these; browsers ignore them there, with a console error.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

// Sources that give up what the policy is for, in the directives that run code.
const FORBIDDEN: Record<string, string[]> = {
	'script-src': ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'],
	'script-src-elem': ["'unsafe-inline'", '*', 'data:', 'http:', 'https:'],
	'script-src-attr': ["'unsafe-inline'", "'unsafe-hashes'"],
};

/**
 * Checks each page's content security policy against the page itself: there is one, in a
 * <meta> before anything it governs; it never allows inline or evaluated script; and every
 * inline script, style and style attribute on the page is allowed by it.
 */
export function checkCsp(
	site: BuiltSite,
	sourceOf?: SourceOf,
): SiteProblem[] {
	return site.pages.flatMap((page) => {
		const source = describeSource(sourceOf, page.path, site.base);
		return cspProblemsOf(loadSitePage(page)).map((problem) => ({
			page: page.path,
			source,
			...problem,
		}));
	});
}

type Found = Omit<SiteProblem, 'page' | 'source'>;

/** What is wrong with one page's policy, or with the page under it. */
export function cspProblemsOf($: CheerioAPI): Found[] {
	const metas = $('meta[http-equiv="content-security-policy" i]');
	const head = { region: 'the page head', element: '<meta http-equiv="content-security-policy">' };
	if (metas.length === 0) return [{ ...head, reason: 'the page has no content security policy' }];
	if (metas.length > 1) return [{ ...head, reason: `the page has ${metas.length} policies` }];

	const policy = parsePolicy(metas.attr('content') ?? '');
	return [...policyProblems(policy, head), ...orderProblems($, head), ...inlineProblems($, policy)];
}

function policyProblems(policy: Policy, head: Omit<Found, 'reason'>): Found[] {
	const problems: Found[] = [];
	for (const name of HEADER_ONLY) {
		if (policy.has(name)) {
			problems.push({ ...head, reason: `${name} is ignored in a <meta>: set it in public/_headers` });
		}
	}
	for (const [name, forbidden] of Object.entries(FORBIDDEN)) {
		const directive = effectiveDirective(policy, name);
		if (!directive) {
			problems.push({ ...head, reason: `nothing limits ${name}: add script-src or default-src` });
			continue;
		}
		for (const source of directive.sources.filter((s) => forbidden.includes(s))) {
			problems.push({ ...head, reason: `${directive.name} allows ${source}` });
		}
	}
	// script-src-attr and -elem fall back to script-src: say each fault once.
	return problems.filter((p, i) => problems.findIndex((q) => q.reason === p.reason) === i);
}

/** The policy governs only what comes after it, so it must precede every script and style. */
function orderProblems($: CheerioAPI, head: Omit<Found, 'reason'>): Found[] {
	const governed = $('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"]').first();
	if (governed.length === 0) return [];

	const all = $('*').toArray();
	const metaAt = all.indexOf($('meta[http-equiv="content-security-policy" i]')[0]);
	if (metaAt < all.indexOf(governed[0])) return [];
	const first = describe(governed[0] as Element);
	return [{ ...head, reason: `it comes after ${first}, which it then does not govern` }];
}

function inlineProblems($: CheerioAPI, policy: Policy): Found[] {
	const problems: Found[] = [];
	const check = (node: Element, directive: string, text: string, what: string) => {
		const applied = effectiveDirective(policy, directive);
		if (applied && allowsInline(applied.sources, text)) return;
		problems.push({
			region: regionOf($(node)),
			element: describe(node),
			reason: `${what} is not allowed by ${applied?.name ?? directive}: its hash is missing`,
		});
	};

	for (const node of $('script:not([src])').toArray() as Element[]) {
		if (!SCRIPT_TYPES.has((node.attribs.type ?? '').trim().toLowerCase())) continue;
		check(node, 'script-src-elem', $(node).text(), 'this inline script');
	}
	for (const node of $('style').toArray() as Element[]) {
		check(node, 'style-src-elem', $(node).text(), 'this <style>');
	}

	for (const node of $('*').toArray() as Element[]) {
		for (const [attribute, value] of Object.entries(node.attribs)) {
			if (/^on/i.test(attribute)) {
				problems.push({
					region: regionOf($(node)),
					element: describe(node),
					reason: `the ${attribute} handler never runs under the policy: add a listener in a script`,
				});
			}
			if (attribute === 'style') check(node, 'style-src-attr', value, 'this style attribute');
		}
	}
	return problems;
}

/** `<script>` with its first words, or `<div style="…">`, to find it in the page. */
function describe(node: Element): string {
	const attributes = Object.entries(node.attribs)
		.filter(([name]) => name === 'style' || name === 'src' || name === 'href' || /^on/.test(name))
		.map(([name, value]) => ` ${name}="${value.slice(0, 60)}"`)
		.join('');
	const text = node.name === 'script' || node.name === 'style' ? textStart(node) : '';
	return `<${node.name}${attributes}>${text}`;
}

function textStart(node: Element): string {
	const text = node.children.map((child) => ('data' in child ? child.data : '')).join('');
	const words = text.trim().replace(/\s+/g, ' ');
	return words.length > 60 ? ` ${words.slice(0, 60)}…` : ` ${words}`;
}
