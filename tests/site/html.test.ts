import { expect, it } from 'vitest';

import config from '../../.htmlvalidate.mjs';
import { validatePages, type MarkupException } from '../../src/site-checks/html-validity';
import { pageSources } from '../../src/site-checks/page-sources';
import { formatProblems } from '../../src/site-checks/problem';
import { readBuiltSite } from '../../src/site-checks/site';
import { DIST_DIR, REPO_ROOT } from '../support/built-site';

/**
 * Findings let through for one kind of element each, in markup Starlight writes or in a
 * pattern the rule does not fit. One that matches nothing any more fails the test.
 */
const EXCEPTIONS: MarkupException[] = [
	{
		rule: 'no-implicit-button-type',
		selector: 'button.sl-menu-button',
		reason: "Starlight's menu button sits in no form, so its default type submits nothing.",
	},
	{
		rule: 'prefer-native-element',
		selector: '#site-search-results',
		reason:
			'Search results are a listbox of links, each with its kind and an excerpt, in the ARIA ' +
			'combobox pattern; a native <select> can hold neither links nor more than text.',
	},
	{
		rule: 'unique-landmark',
		selector: 'starlight-toc nav, mobile-starlight-toc nav',
		reason:
			'Starlight writes its "On this page" navigation twice, for wide and narrow screens, ' +
			'and hides one with display: none; a reader only ever meets one.',
	},
	{
		rule: 'wcag/h32',
		selector: 'form[data-playbook-filter]',
		reason:
			'The playbook filters apply as they change, without leaving the page (WCAG 3.2.2 ' +
			'allows this), so there is nothing to submit; the form only shows with JavaScript.',
	},
];

it('every built page is valid HTML', async () => {
	const site = readBuiltSite(DIST_DIR);
	const { problems, unusedExceptions } = await validatePages(site, {
		config,
		exceptions: EXCEPTIONS,
		sourceOf: pageSources(REPO_ROOT),
	});

	const fix = 'Fix the markup in the file named; .htmlvalidate.mjs says which rules are relaxed and why.';
	expect(problems.length === 0 ? '' : formatProblems(problems, 'HTML problems', fix)).toBe('');
	expect(unusedExceptions, 'exceptions that match nothing: remove them').toEqual([]);
});
