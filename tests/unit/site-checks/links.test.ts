import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkLinks } from '../../../src/site-checks/links';
import { pageSources } from '../../../src/site-checks/page-sources';
import { formatProblems } from '../../../src/site-checks/problem';
import { readBuiltSite } from '../../../src/site-checks/site';
import { page, writeFixture } from '../support/fixture-site';

// A project with two page templates and their content, built into dist/ with faults planted.
const root = writeFixture({
	'src/pages/index.astro': '',
	'src/pages/playbooks/[playbook].astro': '',
	'src/pages/processes/[matrix]/[row].astro': '',
	'content/playbooks/cpq.mdx': '',
	'content/processes/sales.json': '[{ "id": "qualification" }]',
	'content/docs/404.md': '',

	'dist/index.html': page(
		'<h2 id="stages">Stages</h2>' +
			'<a href="/playbooks/cpq/">fine</a>' +
			'<a href="/playbooks/missing/">no such page</a>' +
			'<a href="/playbooks/cpq">no trailing slash</a>' +
			'<img alt="" src="/a.png" srcset="/a.png 1x, /b.png 2x">',
		'<link rel="canonical" href="https://example.org/">',
	),
	'dist/playbooks/cpq/index.html': page(
		'<a href="/#stages">fine</a><a href="/processes/sales/qualification/#steps">no such id</a>',
	),
	'dist/processes/sales/qualification/index.html': page(
		'<a href="javascript:void(0)">script link</a><a href="../../../playbooks/cpq/#_top">fine</a>',
		'<link rel="canonical" href="https://example.org/processes/sales/qualifcation/">',
	),
	'dist/404.html': page('<a href="https://elsewhere.example.com/">left to another check</a>'),
	'dist/a.png': '',
});

function report(problems: Parameters<typeof formatProblems>[0]) {
	return formatProblems(problems, 'broken links or anchors', 'Fix each at its source.');
}

describe('the link check', () => {
	it('names each broken link and anchor with its page, template and content file', () => {
		const site = readBuiltSite(join(root, 'dist'));
		const problems = checkLinks(site, {
			siteUrl: 'https://example.org',
			sourceOf: pageSources(root),
		});

		expect(report(problems)).toMatchInlineSnapshot(`
			"/, made by src/pages/index.astro
			  in the main content, <a href="/playbooks/missing/">: no page or file at /playbooks/missing/
			  in the main content, <a href="/playbooks/cpq">: no page at /playbooks/cpq: page addresses end in a slash, /playbooks/cpq/
			  in the main content, <img srcset="/a.png 1x, /b.png 2x">: no page or file at /b.png

			/playbooks/cpq/, made by src/pages/playbooks/[playbook].astro from content/playbooks/cpq.mdx
			  in the main content, <a href="/processes/sales/qualification/#steps">: /processes/sales/qualification/ has no element with id "steps"

			/processes/sales/qualification/, made by src/pages/processes/[matrix]/[row].astro from content/processes/sales.json (entry "qualification")
			  in the page head, <link href="https://example.org/processes/sales/qualifcation/">: no page or file at /processes/sales/qualifcation/
			  in the main content, <a href="javascript:void(0)">: a javascript: link does nothing without JavaScript, and the CSP blocks it

			Broken links or anchors: 6. Fix each at its source."
		`);
	});

	it('says once, with a count, a broken link that every page shares', () => {
		const shared = '<nav id="starlight__sidebar"><a href="/gone/">Gone</a></nav>';
		const site = readBuiltSite(
			writeFixture({
				'index.html': shared,
				'a/index.html': shared,
				'b/index.html': shared,
				'c/index.html': shared,
			}),
		);

		expect(report(checkLinks(site))).toMatchInlineSnapshot(`
			"On 4 pages (/, /a/, /b/ and 1 more), in the sidebar (src/navigation.ts)
			  <a href="/gone/">: no page or file at /gone/

			Broken links or anchors: 4. Fix each at its source."
		`);
	});

	it('under a base path, flags a hand-written link that lacks the base', () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page('<a href="/gtm-os/matrices/">fine</a><a href="/matrices/">no base</a>'),
				'matrices/index.html': page('<a href="../">fine</a>'),
			}),
			'/gtm-os/',
		);

		expect(report(checkLinks(site))).toMatchInlineSnapshot(`
			"/gtm-os/
			  in the sidebar (src/navigation.ts), <a href="/">: / is outside the base path /gtm-os/: build the address with withBase() from src/lib/urls.ts
			  in the main content, <a href="/matrices/">: /matrices/ is outside the base path /gtm-os/: build the address with withBase() from src/lib/urls.ts

			/gtm-os/matrices/
			  in the sidebar (src/navigation.ts), <a href="/">: / is outside the base path /gtm-os/: build the address with withBase() from src/lib/urls.ts

			Broken links or anchors: 3. Fix each at its source."
		`);
	});

	it('passes a site whose links all resolve', () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page('<a href="/a/#x">a</a><a href="/a/">a</a><a href="mailto:x@example.org">mail</a>'),
				'a/index.html': page('<p id="x">x</p><a href="/">home</a>'),
			}),
		);

		expect(checkLinks(site)).toEqual([]);
	});
});
