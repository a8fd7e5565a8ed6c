import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Text } from 'domhandler';

/** A glossary term as the links need it: its id and the names that count as a use of it. */
export interface LinkableTerm {
	id: string;
	/** The term and its expansion, e.g. "NRR" and "Net revenue retention". */
	names: readonly string[];
}

/** Where on a page terms are looked for: the page's own content, not its navigation. */
const SCOPE = 'main .sl-markdown-content';

/**
 * Text inside these is never linked: links and controls cannot hold links, headings and tables
 * stay as they are (table cells are the appendix's exact text), and code is not prose.
 */
const SKIP = new Set([
	'a', 'button', 'label', 'select', 'option', 'textarea', 'summary',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'caption', 'dfn',
	'code', 'pre', 'kbd', 'script', 'style', 'nav', 'svg',
]);

/**
 * Links the first use of each glossary term in a page's content to its entry. A name with
 * two capitals or more ("NRR", "RevOps", "GTM OS") matches only as written; other names
 * ("Churn", "Rule of 40") match in any case. A plural "s" counts as a use.
 */
export function linkTerms(
	html: string,
	terms: readonly LinkableTerm[],
	hrefFor: (termId: string) => string,
): string {
	const $ = load(html);
	const scope = $(SCOPE);
	if (scope.length === 0 || terms.length === 0) return html;

	const matcher = termMatcher(terms);
	const linked = new Set<string>();

	for (const node of textNodes(scope)) {
		linkInText($, node, matcher, linked, hrefFor);
	}

	return linked.size === 0 ? html : $.html();
}

interface Matcher {
	pattern: RegExp;
	byName: Map<string, Array<{ id: string; name: string; exact: boolean }>>;
}

function termMatcher(terms: readonly LinkableTerm[]): Matcher {
	const byName = new Map<string, Array<{ id: string; name: string; exact: boolean }>>();

	for (const term of terms) {
		for (const name of term.names) {
			const key = name.toLowerCase();
			const exact = (name.match(/[A-Z]/g) ?? []).length >= 2;
			byName.set(key, [...(byName.get(key) ?? []), { id: term.id, name, exact }]);
		}
	}

	// Longest first, so "CAC payback" wins over "CAC" and "GTM OS" over "GTM".
	const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\w-])(${names.join('|')})(s)?(?![\\w-])`, 'gi');

	return { pattern, byName };
}

/** The text nodes of the scope, in document order, outside the elements never linked. */
function textNodes(scope: Cheerio<AnyNode>): Text[] {
	const found: Text[] = [];

	const visit = (node: AnyNode) => {
		if (node.type === 'text') {
			found.push(node as Text);
			return;
		}
		if (node.type !== 'tag') return;
		if (SKIP.has(node.name) || 'data-no-term-links' in node.attribs) return;
		if ((node.attribs.class ?? '').split(/\s+/).includes('sr-only')) return;
		for (const child of node.children) visit(child);
	};

	scope.each((_, element) => visit(element));
	return found;
}

function linkInText(
	$: CheerioAPI,
	node: Text,
	{ pattern, byName }: Matcher,
	linked: Set<string>,
	hrefFor: (termId: string) => string,
) {
	const text = node.data;
	const parts: string[] = [];
	let last = 0;

	for (const match of text.matchAll(pattern)) {
		const candidates = byName.get(match[1].toLowerCase()) ?? [];
		const term = candidates.find(
			(candidate) => !linked.has(candidate.id) && (!candidate.exact || candidate.name === match[1]),
		);
		if (!term) continue;

		linked.add(term.id);
		const link = $('<a class="term-link"></a>').attr('href', hrefFor(term.id)).text(match[0]);
		parts.push(escapeHtml(text.slice(last, match.index)), $.html(link));
		last = match.index + match[0].length;
	}

	if (last === 0) return;
	parts.push(escapeHtml(text.slice(last)));
	$(node).replaceWith(parts.join(''));
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtml(text: string) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
