import { describe, expect, it } from 'vitest';

import { FRAME_SCRIPTS, PAGE_BUDGETS, SITE_LIMITS } from '../budgets/budgets.ts';
import { checkBudgets, kb, type BudgetRules } from '../budgets/check-budgets.ts';
import { measureSite } from '../budgets/measure-site.ts';
import { DIST_DIR } from '../support/built-site.ts';

// The page weight budgets of issue 6, on the site `npm run build` made. How pages are weighed:
// tests/budgets/page-weight.ts; the budgets and why each is what it is: tests/budgets/budgets.ts.

const RULES: BudgetRules = {
	budgets: PAGE_BUDGETS,
	frameScripts: Object.keys(FRAME_SCRIPTS),
	limits: SITE_LIMITS,
};

const pages = await measureSite(DIST_DIR, PAGE_BUDGETS);
const problems = checkBudgets(pages, RULES);
const builtTypes = [...new Set(pages.flatMap(({ type }) => (type ? [type] : [])))];

const messagesOf = (type: string | undefined) =>
	problems.filter((problem) => problem.type === type).map(({ message }) => message);

describe('page weight budgets', () => {
	it('gives every built page a type, and so a budget', () => {
		expect(messagesOf(undefined)).toEqual([]);
	});

	it.each(builtTypes)('keeps %s pages within their budget and their own scripts', (type) => {
		expect(messagesOf(type)).toEqual([]);
	});

	it(`keeps every page under ${kb(SITE_LIMITS.total)} before load and ${kb(SITE_LIMITS.js)} of JavaScript`, () => {
		const over = pages
			.map(({ weight }) => weight)
			.filter((weight) => weight.total > SITE_LIMITS.total || weight.js > SITE_LIMITS.js)
			.map((weight) => `${weight.path}: ${kb(weight.total)}, JavaScript ${kb(weight.js)}`);

		expect(over).toEqual([]);
	});

	it('weighs the pages the site map names', () => {
		// A guard against weighing nothing: a wrong dist folder or a budget matching no page.
		for (const type of ['home', 'matrices', 'stage', 'process', 'playbook', 'metric', 'glossary']) {
			expect(builtTypes, type).toContain(type);
		}
		expect(pages.length).toBeGreaterThan(100);
	});
});
