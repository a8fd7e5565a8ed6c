import { describe, expect, it } from 'vitest';

import { linkTerms, type LinkableTerm } from '../../src/lib/term-links';

const TERMS: LinkableTerm[] = [
	{ id: 'nrr', names: ['NRR', 'Net revenue retention'] },
	{ id: 'cac', names: ['CAC', 'Customer acquisition cost'] },
	{ id: 'cac-payback', names: ['CAC payback'] },
	{ id: 'churn', names: ['Churn'] },
	{ id: 'sdr', names: ['SDR', 'Sales development representative'] },
];

const href = (id: string) => `/glossary/#${id}`;

/** A page as Starlight renders it: navigation, then the content in main. */
function page(content: string) {
	return `<!DOCTYPE html><html><body><nav><a href="/">NRR home</a></nav><main><div class="sl-markdown-content">${content}</div></main></body></html>`;
}

function content(html: string) {
	return /<div class="sl-markdown-content">([\s\S]*)<\/div><\/main>/.exec(html)![1];
}

describe('linkTerms', () => {
	it('links the first use of a term and leaves the later ones as text', () => {
		const html = linkTerms(page('<p>NRR above 100% is good. NRR is watched.</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p><a class="term-link" href="/glossary/#nrr">NRR</a> above 100% is good. NRR is watched.</p>',
		);
	});

	it('matches an acronym only as written, and a word in any case, plural included', () => {
		const html = linkTerms(page('<p>nrr is not NRR; churns and CHURN differ.</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p>nrr is not <a class="term-link" href="/glossary/#nrr">NRR</a>; <a class="term-link" href="/glossary/#churn">churns</a> and CHURN differ.</p>',
		);
	});

	it('prefers the longest name, so "CAC payback" is not linked as "CAC"', () => {
		const html = linkTerms(page('<p>CAC payback, then CAC.</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p><a class="term-link" href="/glossary/#cac-payback">CAC payback</a>, then <a class="term-link" href="/glossary/#cac">CAC</a>.</p>',
		);
	});

	it('finds an expansion and counts it as the use of its term', () => {
		const html = linkTerms(page('<p>Net revenue retention, or NRR.</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p><a class="term-link" href="/glossary/#nrr">Net revenue retention</a>, or NRR.</p>',
		);
	});

	it('leaves links, headings, tables and text outside the content alone', () => {
		const source = page(
			'<h2>NRR</h2><p><a href="/x/">NRR</a></p><table><tr><td>NRR</td></tr></table><p>Then NRR.</p>',
		);
		const html = linkTerms(source, TERMS, href);

		expect(html).toContain('<nav><a href="/">NRR home</a></nav>');
		expect(content(html)).toBe(
			'<h2>NRR</h2><p><a href="/x/">NRR</a></p><table><tbody><tr><td>NRR</td></tr></tbody></table><p>Then <a class="term-link" href="/glossary/#nrr">NRR</a>.</p>',
		);
	});

	it('does not match inside a longer word or a hyphenated one', () => {
		const html = linkTerms(page('<p>SDRs help. NRRx and pre-CAC are not terms.</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p><a class="term-link" href="/glossary/#sdr">SDRs</a> help. NRRx and pre-CAC are not terms.</p>',
		);
	});

	it('keeps the text around a link escaped', () => {
		const html = linkTerms(page('<p>Fish &amp; chips &lt;NRR&gt;</p>'), TERMS, href);

		expect(content(html)).toBe(
			'<p>Fish &amp; chips &lt;<a class="term-link" href="/glossary/#nrr">NRR</a>&gt;</p>',
		);
	});

	it('returns a page without terms unchanged, byte for byte', () => {
		const source = page('<p>Nothing to see</p>');
		expect(linkTerms(source, TERMS, href)).toBe(source);
	});
});
