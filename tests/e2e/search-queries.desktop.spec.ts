import { expect, test } from '@playwright/test';

import {
	benchmarkCheckUrl,
	benchmarkRowUrl,
	benchmarksUrl,
	matrixUrl,
	metricUrl,
	motionRowAnchor,
	motionsUrl,
	playbookUrl,
	processRowUrl,
	processUrl,
	segmentsUrl,
	stageFinderUrl,
	stageUrl,
	termUrl,
	transitionUrl,
} from '../../src/lib/urls.ts';
import { openSearch, search, topResultUrls } from '../support/search.ts';

/**
 * What people type, and the page or row they mean. Each must be among the first three
 * results. Addresses come from content ids through src/lib/urls.ts, so a renamed title does
 * not break a line, and a removed id fails it.
 */
const QUERIES: ReadonlyArray<{ query: string; expected: string; why: string }> = [
	{ query: '29', expected: playbookUrl('cpq-implementation'), why: 'a playbook by its number' },
	{ query: '#29', expected: playbookUrl('cpq-implementation'), why: 'the number as in a chat' },
	{ query: 'playbook 29', expected: playbookUrl('cpq-implementation'), why: 'kind and number' },
	{ query: 'CPQ', expected: processUrl('tech-stack/cpq'), why: 'an acronym that names a process' },
	{ query: 'MEDDPICC', expected: termUrl('meddpicc'), why: 'an acronym the glossary spells out' },
	{
		query: 'NRR',
		expected: metricUrl('net-retention'),
		why: "a metric titled by the acronym's expansion",
	},
	{
		query: 'net revenue retention',
		expected: termUrl('nrr'),
		why: 'an expansion finds its acronym',
	},
	{
		query: 'closed won',
		expected: metricUrl('opp-to-cw'),
		why: 'an expansion finds a title with CW',
	},
	{ query: 'CW', expected: metricUrl('opp-to-cw'), why: 'the acronym inside "Opp→CW"' },
	{
		query: 'SFDC',
		expected: playbookUrl('hubspot-to-salesforce-crm-migration'),
		why: "a nickname finds titles with the glossary term's name",
	},
	{
		query: 'Salesforce migration',
		expected: playbookUrl('salesforce-to-hubspot-crm-migration'),
		why: 'two words of a title',
	},
	{ query: 'ABM', expected: processUrl('marketing/abm'), why: 'an acronym that is a process' },
	{
		query: 'account based marketing',
		expected: termUrl('abm'),
		why: 'an expansion without its hyphen',
	},
	{
		query: 'comp plan',
		expected: processUrl('sales/commission-plan'),
		why: 'shop talk for a commission plan',
	},
	{
		query: 'territory',
		expected: processUrl('sales/territory-design'),
		why: 'a word of a process',
	},
	{ query: 'churn', expected: metricUrl('gross-churn'), why: 'a Power 10 metric' },
	{
		query: 'health score',
		expected: processRowUrl('customer-success/health-scoring'),
		why: 'a matrix row, landing on its anchor',
	},
	{ query: 'lead routing', expected: playbookUrl('lead-routing'), why: 'a playbook title' },
	{ query: 'renewal', expected: playbookUrl('renewal-management'), why: 'a playbook by a word' },
	{ query: 'magic number', expected: benchmarkRowUrl('magic-number'), why: 'a benchmark row' },
	{ query: 'CAC payback', expected: benchmarkRowUrl('cac-payback'), why: 'a benchmark row' },
	{ query: 'series b', expected: benchmarksUrl(), why: 'the benchmarks by funding round' },
	{ query: 'scale', expected: stageUrl('scale'), why: 'a stage by its name' },
	{ query: 'PLG', expected: motionsUrl(), why: 'the PLG vs SLG page' },
	{
		query: 'onboarding',
		expected: processRowUrl('customer-success/onboarding'),
		why: 'a matrix row by its name',
	},
	{
		query: 'forecast',
		expected: playbookUrl('forecasting-process-implementation'),
		why: 'a stem of a title word',
	},
	{ query: 'rule of 40', expected: termUrl('rule-of-40'), why: 'a glossary term with a number' },
	{ query: 'mid-market', expected: `${segmentsUrl()}#mid-market`, why: 'a customer segment row' },
	{
		query: 'multi-geo',
		expected: processRowUrl('sales/territory-design'),
		why: "a cell's text finds its row",
	},
	{
		query: 'first hire',
		expected: `${motionsUrl()}#${motionRowAnchor('stabilize', 'first-hire')}`,
		why: 'a PLG vs SLG row',
	},
	{ query: 'LTV:CAC', expected: benchmarkRowUrl('ltv-cac'), why: 'a ratio written with a colon' },
	{
		query: 'net dollar retention',
		expected: metricUrl('net-retention'),
		why: "an alias finds a title that uses the term's other name",
	},
	{
		query: 'configure price quote',
		expected: playbookUrl('cpq-implementation'),
		why: 'an expansion finds a title with the acronym',
	},
	{
		query: 'account based selling',
		expected: playbookUrl('abm-abs-process-and-system'),
		why: 'an expansion finds one of two acronyms in a title',
	},
	{
		query: 'contract lifecycle management',
		expected: playbookUrl('clm-implementation'),
		why: 'an expansion finds a title with the acronym',
	},
	{
		query: 'ideal customer profile',
		expected: processUrl('sales/icp-personas'),
		why: 'an expansion finds a process named by the acronym',
	},
	{ query: 'tech stack', expected: matrixUrl('tech-stack'), why: 'a matrix by its name' },
	{ query: 'stage finder', expected: stageFinderUrl(), why: 'a tool by what it does' },
	{ query: 'benchmark check', expected: benchmarkCheckUrl(), why: 'a tool by its name' },
	{
		query: 'build to stabilize',
		expected: transitionUrl('build', 'stabilize'),
		why: 'a step between two stages',
	},
];

test.describe('Search puts the right result in the first three', () => {
	for (const { query, expected, why } of QUERIES) {
		test(`"${query}" finds ${expected} (${why})`, async ({ page }) => {
			await page.goto('/');
			await openSearch(page);
			await search(page, query);

			expect(await topResultUrls(page, 3), why).toContain(expected);
		});
	}
});
