import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { checkHeaders, headersFor, parseHeaders } from '../../../src/site-checks/headers';

const HEADERS_FILE = new URL('../../../public/_headers', import.meta.url);

describe('public/_headers', () => {
	it('sends every protection, to every address', () => {
		const rules = parseHeaders(readFileSync(HEADERS_FILE, 'utf8'));

		for (const path of ['/', '/matrices/sales/', '/_astro/page.js', '/gtm-os/404.html']) {
			expect(checkHeaders(rules, path), path).toEqual([]);
		}
	});

	it('forbids framing in a header, since a <meta> policy cannot', () => {
		const rules = parseHeaders(readFileSync(HEADERS_FILE, 'utf8'));

		expect(headersFor(rules, '/').get('x-frame-options')).toBe('DENY');
		expect(headersFor(rules, '/').get('content-security-policy')).toContain("frame-ancestors 'none'");
	});
});

describe('the headers check', () => {
	it('names each missing or weak header', () => {
		const rules = parseHeaders(
			[
				'# a file that forgot nosniff and frames, with a short HSTS',
				'/*',
				'  Referrer-Policy: unsafe-url',
				'  Strict-Transport-Security: max-age=300',
				'  Permissions-Policy: camera=(), clipboard-write=()',
				'  Content-Security-Policy: frame-ancestors *',
			].join('\n'),
		);

		expect(checkHeaders(rules)).toEqual([
			'x-content-type-options is not sent for /',
			'referrer-policy: must not send full addresses to other sites (e.g. strict-origin-when-cross-origin) (it is "unsafe-url")',
			'x-frame-options is not sent for /',
			`content-security-policy: must have frame-ancestors 'none', which a <meta> policy cannot carry (it is "frame-ancestors *")`,
			'strict-transport-security: needs max-age of a year or more (e.g. 63072000) (it is "max-age=300")',
			'permissions-policy: must not block clipboard-write: row links copy (it is "camera=(), clipboard-write=()")',
		]);
	});

	it('applies a rule only to the paths its pattern matches', () => {
		const rules = parseHeaders('/_astro/*\n  X-Frame-Options: DENY\n');
		expect(headersFor(rules, '/_astro/a.js').get('x-frame-options')).toBe('DENY');
		expect(headersFor(rules, '/').has('x-frame-options')).toBe(false);
	});

	it('refuses a header line outside any path block', () => {
		expect(() => parseHeaders('  X-Frame-Options: DENY')).toThrow(/line 1 is neither a path/);
	});
});
