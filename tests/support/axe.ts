import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 levels A and AA rules, which the site must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it is now (or on the part `include` selects) and fails with each
 * violation's rule, help text and the elements it found, so the report says what to fix.
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder = builder.include(include);

	const { violations } = await builder.analyze();
	const report = violations.map(
		(violation) =>
			`${violation.id}: ${violation.help}\n` +
			violation.nodes
				.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`)
				.join('\n'),
	);

	expect(report, 'axe found accessibility problems').toEqual([]);
}
