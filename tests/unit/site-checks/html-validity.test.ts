import { describe, expect, it } from 'vitest';

import config from '../../../.htmlvalidate.mjs';
import { validatePages } from '../../../src/site-checks/html-validity';
import { readBuiltSite } from '../../../src/site-checks/site';
import { page, writeFixture } from '../support/fixture-site';

describe('HTML validity, with the repository’s html-validate settings', () => {
	it('fails a page with a duplicate id, an image without alt text and a bad nesting', async () => {
		const site = readBuiltSite(
			writeFixture({
				'index.html': page('<p id="row">one</p><p id="row">two</p><img src="/a.png"><ul><p>x</p></ul>'),
			}),
		);

		const { problems } = await validatePages(site, { config });
		const rules = problems.map(({ reason }) => /\(([\w/-]+), https/.exec(reason)?.[1]);
		expect(rules).toEqual(['no-dup-id', 'wcag/h37', 'element-permitted-content']);
		expect(problems[0]).toMatchObject({ page: '/', region: 'the main content' });
	});

	it('passes markup the settings relax, such as Astro’s <meta/> and Starlight’s _top', async () => {
		const site = readBuiltSite(
			writeFixture({ 'index.html': page('<details open=""><summary>More</summary></details>', '<meta name="x" content="y"/>') }),
		);

		expect((await validatePages(site, { config })).problems).toEqual([]);
	});

	it('lets an exception through only where it applies, and reports one that is stale', async () => {
		const site = readBuiltSite(
			writeFixture({ 'index.html': page('<button class="menu">Menu</button><button>Go</button>') }),
		);
		const exceptions = [
			{ rule: 'no-implicit-button-type', selector: 'button.menu', reason: 'a fixture' },
			{ rule: 'no-dup-id', selector: 'p', reason: 'matches nothing' },
		];

		const { problems, unusedExceptions } = await validatePages(site, { config, exceptions });
		expect(problems.map(({ element }) => element)).toEqual([expect.stringContaining("main > button:nth-child(3)")]);
		expect(unusedExceptions).toEqual([exceptions[1]]);
	});
});
