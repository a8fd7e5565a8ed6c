import { expect, it } from 'vitest';

import { checkCsp } from '../../src/site-checks/csp';
import { pageSources } from '../../src/site-checks/page-sources';
import { formatProblems } from '../../src/site-checks/problem';
import { readBuiltSite } from '../../src/site-checks/site';
import { DIST_DIR, REPO_ROOT } from '../support/built-site';
import { SUB_PATH_BASE, SUB_PATH_DIST } from '../support/sub-path-site';

// The policy is set in astro.config.mjs; src/integrations/inline-code-hashes.ts adds the
// hashes of inline scripts. The browser side, which listens for violations as pages run, is
// tests/e2e/csp.spec.ts.
const FIX =
	'The policy is in astro.config.mjs (security.csp); inline code is hashed at build time by ' +
	'src/integrations/inline-code-hashes.ts.';

it('every page has a policy that allows its own inline code and no other', () => {
	const problems = checkCsp(readBuiltSite(DIST_DIR), pageSources(REPO_ROOT));
	expect(problems.length === 0 ? '' : formatProblems(problems, 'CSP problems', FIX)).toBe('');
});

it(`the same holds for the site built under ${SUB_PATH_BASE}`, () => {
	const problems = checkCsp(readBuiltSite(SUB_PATH_DIST, SUB_PATH_BASE));
	expect(problems.length === 0 ? '' : formatProblems(problems, 'CSP problems', FIX)).toBe('');
});
