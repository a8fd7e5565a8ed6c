import { describe, expect, it } from 'vitest';

import { lostPermalinks } from '../../../src/integrations/permalinks-kept';
import { movedAnchor } from '../../../src/lib/anchor-redirects';
import {
	collectPermalinks,
	comparePermalinks,
	formatPermalinkChanges,
	parsePermalinks,
	serializePermalinks,
} from '../../../src/site-checks/permalinks';
import { readBuiltSite } from '../../../src/site-checks/site';
import { page, writeFixture } from '../support/fixture-site';

describe('collecting permalinks', () => {
	it('lists pages and the anchors in their main content, not ids that are not promised', () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page('<h2 id="stages">Stages</h2>'),
				'matrices/sales/index.html': page(
					'<table><caption id="sales-caption">Sales</caption>' +
						'<tr id="qualification"><td id="qualification--build">x</td></tr></table>' +
						'<div class="sl-heading-wrapper"><h2 id="from-markdown-text">From Markdown</h2></div>' +
						'<label id="filter-label" for="arr">ARR</label>' +
						'<input id="arr" aria-describedby="arr-hint"><p id="arr-hint">In dollars</p>' +
						'<form hidden><h2 id="form-heading">Your figures</h2></form>' +
						'<script type="application/json" id="tool-data">{}</script>',
				),
				'old/index.html': '<meta http-equiv="refresh" content="0;url=/matrices/sales/">',
				'404.html': page('<p id="x">Not found</p>'),
			}),
		);

		expect(collectPermalinks(site)).toEqual([
			'/',
			'/#stages',
			'/matrices/sales/',
			'/matrices/sales/#qualification',
			'/matrices/sales/#qualification--build',
			'/old/',
		]);
	});

	it('reads back the file it writes', () => {
		const addresses = ['/', '/glossary/#arr'];
		expect(parsePermalinks(serializePermalinks(addresses))).toEqual(addresses);
	});
});

describe('comparing the list with the build', () => {
	const listed = ['/', '/matrices/sales/', '/matrices/sales/#qualification', '/matrices/sales/#old-row'];

	it('fails when a listed anchor is gone and nothing redirects it', () => {
		const built = ['/', '/matrices/sales/', '/matrices/sales/#qualification'];
		const changes = comparePermalinks(listed, built);

		expect(changes.missing).toEqual(['/matrices/sales/#old-row']);
		expect(formatPermalinkChanges(changes, 'permalinks.txt')).toMatchInlineSnapshot(`
			"1 address(es) in permalinks.txt no longer exist, and nothing redirects them:
			  /matrices/sales/#old-row
			Links to these are out there. Keep the id in the data; or, for a page that moved, add
			an Astro redirect in astro.config.mjs; for an anchor that moved, add it to
			src/lib/anchor-redirects.ts. Remove a line only for an address that never shipped."
		`);
	});

	it('accepts a gone anchor that redirects to one that exists', () => {
		const built = ['/', '/matrices/sales/', '/matrices/sales/#qualification'];
		const redirects = { '/matrices/sales/#old-row': '/matrices/sales/#qualification' };

		expect(comparePermalinks(listed, built, redirects)).toEqual({
			missing: [],
			unlisted: [],
			brokenRedirects: [],
		});
	});

	it('fails a redirect to an anchor that does not exist', () => {
		const built = ['/', '/matrices/sales/', '/matrices/sales/#qualification'];
		const redirects = { '/matrices/sales/#old-row': '/matrices/sales/#nowhere' };

		expect(comparePermalinks(listed, built, redirects).brokenRedirects).toEqual([
			'/matrices/sales/#old-row -> /matrices/sales/#nowhere',
		]);
	});

	it('fails when the build has an address the list lacks, and says how to add it', () => {
		const built = [...listed, '/matrices/sales/#territory-design'];
		const changes = comparePermalinks(listed, built);

		expect(changes.unlisted).toEqual(['/matrices/sales/#territory-design']);
		expect(formatPermalinkChanges(changes, 'permalinks.txt')).toMatchInlineSnapshot(`
			"1 new address(es) are not in permalinks.txt:
			  /matrices/sales/#territory-design
			Once they are meant to be public, run \`npm run permalinks\` and commit permalinks.txt."
		`);
	});
});

describe('anchor redirects in the browser', () => {
	const table = { '/matrices/sales/#old-row': '/matrices/sales/#qualification' };

	it('finds where an old anchor moved, by page and id', () => {
		expect(movedAnchor('/matrices/sales/', '#old-row', table)).toBe('/matrices/sales/#qualification');
		expect(movedAnchor('/matrices/sales/', 'old-row', table)).toBe('/matrices/sales/#qualification');
	});

	it('leaves other anchors and pages alone', () => {
		expect(movedAnchor('/matrices/sales/', '#qualification', table)).toBeUndefined();
		expect(movedAnchor('/matrices/marketing/', '#old-row', table)).toBeUndefined();
		expect(movedAnchor('/matrices/sales/', '', table)).toBeUndefined();
	});
});

describe('the build', () => {
	// A project with its list and its built site, under /gtm-os/ as the sub-path build is.
	const project = (list: string) =>
		writeFixture({
			'tests/permalinks.txt': list,
			'dist/index.html': page('<h2 id="stages">Stages</h2>'),
			'dist/matrices/sales/index.html': page('<table><tr id="qualification"></tr></table>'),
		});

	it('stops when a listed address is gone, naming it and the fix', () => {
		const root = project('/\n/#stages\n/matrices/sales/\n/matrices/sales/#lead-routing\n');

		const report = lostPermalinks(`${root}/dist`, '/gtm-os/', root);

		expect(report).toContain('1 address(es) in tests/permalinks.txt no longer exist');
		expect(report).toContain('  /matrices/sales/#lead-routing');
		expect(report).toContain('add it to\nsrc/lib/anchor-redirects.ts');
	});

	it('builds on with new addresses, which the list gets from `npm run permalinks`', () => {
		const root = project('/\n/matrices/sales/\n');

		expect(lostPermalinks(`${root}/dist`, '/gtm-os/', root)).toBe('');
	});
});
