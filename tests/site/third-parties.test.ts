import { expect, it } from 'vitest';

import { pageSources } from '../../src/site-checks/page-sources';
import { formatProblems } from '../../src/site-checks/problem';
import { readBuiltSite, siteOrigin } from '../../src/site-checks/site';
import { findThirdPartyUrls } from '../../src/site-checks/third-party';
import { DIST_DIR, REPO_ROOT } from '../support/built-site';

// The browser side of this check, which watches what pages request, is
// tests/e2e/third-parties.spec.ts.
it('no built HTML, CSS or JavaScript names another origin, except in a link to click', () => {
	const site = readBuiltSite(DIST_DIR);
	const { problems, unusedAllowances } = findThirdPartyUrls(site, {
		siteUrl: siteOrigin(site),
		sourceOf: pageSources(REPO_ROOT),
	});

	const fix = 'Serve it from the site, or make it a plain link the reader clicks.';
	expect(problems.length === 0 ? '' : formatProblems(problems, 'third-party URLs', fix)).toBe('');
	expect(unusedAllowances, 'allowances in src/site-checks/third-party.ts that match nothing').toEqual([]);
});
