import { describe, expect, it } from 'vitest';

import { formatProblems } from '../../../src/site-checks/problem';
import { readBuiltSite } from '../../../src/site-checks/site';
import { ALLOWED_URLS, findThirdPartyUrls } from '../../../src/site-checks/third-party';
import { page, writeFixture } from '../support/fixture-site';

const siteUrl = 'https://gtm-os.example.org';

describe('the third-party check', () => {
	it('fails a script, a stylesheet, a font and an image from other origins', () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page(
					'<img alt="" src="https://images.example.com/logo.png">' +
						'<p style="background: url(//cdn.example.com/bg.png)">styled</p>',
					'<script src="https://analytics.example.com/a.js"></script>' +
						'<link rel="stylesheet" href="https://fonts.example.com/css">',
				),
				'_astro/site.css': '@font-face { src: url(https://fonts.example.net/f.woff2) }',
				'_astro/page.js': 'fetch("https://api.example.com/track")',
			}),
		);

		const { problems } = findThirdPartyUrls(site, { siteUrl, allowed: [] });
		expect(formatProblems(problems, 'third-party URLs', 'Serve it from the site.')).toMatchInlineSnapshot(`
			"/
			  in the page head, <script src="https://analytics.example.com/a.js">: https://analytics.example.com is another origin, and only a plain <a href> may name one
			  in the page head, <link href="https://fonts.example.com/css">: https://fonts.example.com is another origin, and only a plain <a href> may name one
			  in the main content, <img src="https://images.example.com/logo.png">: https://images.example.com is another origin, and only a plain <a href> may name one
			  in the main content, <p style="background: url(//cdn.example.com/bg.png)">: https://cdn.example.com is another origin, and only a plain <a href> may name one

			/_astro/page.js
			  in the file, https://api.example.com/track: a script or stylesheet names another origin

			/_astro/site.css
			  in the file, https://fonts.example.net/f.woff2: a script or stylesheet names another origin

			Third-party URLs: 6. Serve it from the site."
		`);
	});

	it('lets through a link the reader clicks, and crawler metadata naming the site itself', () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page(
					'<a href="https://playbooks.example.com/appendix">source</a>' +
						'<svg xmlns="http://www.w3.org/2000/svg"></svg>',
					`<link rel="canonical" href="${siteUrl}/"><meta property="og:url" content="${siteUrl}/">`,
				),
			}),
		);

		expect(findThirdPartyUrls(site, { siteUrl, allowed: [] }).problems).toEqual([]);
	});

	it('fails the canonical link when it names an origin that is not the site', () => {
		const site = readBuiltSite(
			writeFixture({ 'index.html': page('', '<link rel="canonical" href="https://other.example.com/">') }),
		);

		const { problems } = findThirdPartyUrls(site, { siteUrl, allowed: [] });
		expect(problems.map((problem) => problem.reason)).toEqual([
			'https://other.example.com is another origin, and only a plain <a href> may name one',
		]);
	});

	it('reports an allowance that no longer matches anything, so the list cannot go stale', () => {
		const site = readBuiltSite(writeFixture({ 'index.html': page('') }));

		const { unusedAllowances } = findThirdPartyUrls(site, { siteUrl });
		expect(unusedAllowances).toEqual(ALLOWED_URLS);
	});
});
