import { describe, expect, it } from 'vitest';

import { checkLinks } from '../../src/site-checks/links';
import { pageSources } from '../../src/site-checks/page-sources';
import { formatProblems } from '../../src/site-checks/problem';
import { readBuiltSite, siteOrigin, type BuiltSite } from '../../src/site-checks/site';
import { DIST_DIR, REPO_ROOT } from '../support/built-site';
import { SUB_PATH_BASE, SUB_PATH_DIST } from '../support/sub-path-site';

// Every internal link and anchor of every built page, followed to its file and its id. The
// library and its own tests are in src/site-checks/ and tests/unit/site-checks/.

const FIX = 'Fix each in the file named (or the content file it names), then build again.';

function brokenLinks(site: BuiltSite): string {
	const problems = checkLinks(site, { siteUrl: siteOrigin(site), sourceOf: pageSources(REPO_ROOT) });
	return problems.length === 0 ? '' : formatProblems(problems, 'broken links or anchors', FIX);
}

describe('links and anchors', () => {
	it('every link and anchor of the built site leads somewhere', () => {
		expect(brokenLinks(readBuiltSite(DIST_DIR))).toBe('');
	});

	it(`every link and asset stays under the base path when the site lives at ${SUB_PATH_BASE}`, () => {
		const site = readBuiltSite(SUB_PATH_DIST, SUB_PATH_BASE);

		// The same pages as the site at the root, so the crawl covers all of them.
		expect(site.pages.length).toBe(readBuiltSite(DIST_DIR).pages.length);
		expect(brokenLinks(site)).toBe('');
	});
});
