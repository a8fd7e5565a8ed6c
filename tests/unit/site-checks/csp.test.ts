import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';

import { setInlineCodeHashes } from '../../../src/integrations/inline-code-hashes';
import { hashSource } from '../../../src/lib/csp';
import { cspProblemsOf } from '../../../src/site-checks/csp';

const THEME_SCRIPT = 'document.documentElement.dataset.theme = "dark";';

/** A page whose <meta> policy is `policy`, with `head` after it and `body` in <main>. */
function pageWith(policy: string, head = '', body = ''): string {
	return (
		'<!doctype html><html><head><meta charset="utf-8">' +
		`<meta http-equiv="content-security-policy" content="${policy}">${head}</head>` +
		`<body><main>${body}</main></body></html>`
	);
}

const reasons = (html: string) => cspProblemsOf(load(html)).map((problem) => problem.reason);

const STRICT = `default-src 'self'; script-src 'self' ${hashSource(THEME_SCRIPT)}; style-src-attr 'unsafe-inline'`;

describe('the CSP check', () => {
	it('passes a page whose inline script is allowed by its hash', () => {
		expect(reasons(pageWith(STRICT, `<script>${THEME_SCRIPT}</script>`))).toEqual([]);
	});

	it('fails an inline script the policy has no hash for', () => {
		const html = pageWith(STRICT, `<script>${THEME_SCRIPT}</script><script>alert(1)</script>`);
		expect(reasons(html)).toEqual([
			'this inline script is not allowed by script-src: its hash is missing',
		]);
	});

	it("fails a policy that allows 'unsafe-inline' or 'unsafe-eval' scripts", () => {
		const html = pageWith("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'");
		expect(reasons(html)).toEqual([
			"script-src allows 'unsafe-inline'",
			"script-src allows 'unsafe-eval'",
		]);
	});

	it('fails a page with no policy, and a policy after the scripts it should govern', () => {
		expect(reasons('<html><head></head><body></body></html>')).toEqual([
			'the page has no content security policy',
		]);

		const late =
			`<html><head><script>${THEME_SCRIPT}</script>` +
			`<meta http-equiv="content-security-policy" content="${STRICT}"></head></html>`;
		expect(reasons(late)).toEqual([
			'it comes after <script> document.documentElement.dataset.theme = "dark";, which it then does not govern',
		]);
	});

	it('fails inline event handlers, unhashed <style>, and style attributes the policy forbids', () => {
		const html = pageWith(
			"default-src 'self'",
			'<style>main { color: red }</style>',
			'<button onclick="go()">Go</button><p style="color: red">red</p>',
		);
		expect(reasons(html)).toEqual([
			'this <style> is not allowed by default-src: its hash is missing',
			'the onclick handler never runs under the policy: add a listener in a script',
			'this style attribute is not allowed by default-src: its hash is missing',
		]);
	});

	it('fails frame-ancestors in a <meta>, where browsers ignore it', () => {
		expect(reasons(pageWith(`${STRICT}; frame-ancestors 'none'`))).toEqual([
			'frame-ancestors is ignored in a <meta>: set it in public/_headers',
		]);
	});
});

describe('hashing inline code into the policy at build time', () => {
	it("allows the page's inline scripts and styles, and moves the policy before them", () => {
		const built =
			'<!doctype html><html><head><meta charset="utf-8">' +
			`<script>${THEME_SCRIPT}</script><style>p{margin:0}</style>` +
			`<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">` +
			'<script type="application/ld+json">{}</script></head><body></body></html>';

		const hashed = setInlineCodeHashes(built);
		expect(reasons(built)).not.toEqual([]);
		expect(reasons(hashed)).toEqual([]);
		expect(hashed).toContain(
			`<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="` +
				`script-src 'self' ${hashSource(THEME_SCRIPT)}; style-src 'self' ${hashSource('p{margin:0}')}">`,
		);
	});

	it('drops the hashes of code the page does not have, and keeps the other sources', () => {
		const elsewhere = hashSource('other.page()');
		const built =
			'<!doctype html><html><head><meta charset="utf-8">' +
			`<meta http-equiv="content-security-policy" content="script-src 'self' ` +
			`'wasm-unsafe-eval' ${elsewhere}; style-src-elem 'self' ${hashSource('h1{}')}">` +
			`<script>${THEME_SCRIPT}</script></head><body></body></html>`;

		const hashed = setInlineCodeHashes(built);
		expect(reasons(hashed)).toEqual([]);
		expect(hashed).toContain(
			`content="script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME_SCRIPT)}; ` +
				`style-src-elem 'self'">`,
		);
	});

	it('leaves a page without a policy as it is, for the check to report', () => {
		const html = '<html><head><script>x()</script></head></html>';
		expect(setInlineCodeHashes(html)).toBe(html);
	});
});
