import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** The rule sets every page is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on colour alone. A theme changes colours and nothing else,
 * so a page already checked in one theme needs only these in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Elements axe leaves out, each with its reason. An entry is one element, never a rule
 * switched off for the whole page; delete it when the reason no longer holds.
 */
export const A11Y_EXCLUSIONS: ReadonlyArray<{ selector: string; reason: string }> = [];

export interface A11yOptions {
	/** Check only this part of the page (a selector), e.g. an open dialog. */
	include?: string;
	/** Run only these rules, e.g. COLOUR_RULES after a theme switch. */
	rules?: string[];
}

/**
 * Runs axe on the page as it is now, with the WCAG rule sets and the exclusions above, and
 * returns what it found.
 */
export async function a11yViolations(page: Page, options: A11yOptions = {}): Promise<Result[]> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (options.rules) builder = builder.withRules(options.rules);
	if (options.include) builder = builder.include(options.include);
	for (const { selector } of A11Y_EXCLUSIONS) builder = builder.exclude(selector);

	const { violations } = await builder.analyze();
	return violations;
}

/** One line per violation: the rule, how bad, what it asks, and where (the first few). */
export function describeViolation({ id, impact, help, nodes }: Result): string {
	const targets = nodes.slice(0, 3).map((node) => node.target.join(' '));
	const more = nodes.length > 3 ? ` and ${nodes.length - 3} more` : '';
	return `${id} (${impact}): ${help}, at ${targets.join(', ')}${more}`;
}

/**
 * Fails, softly, with each violation on its own line when axe finds any. Soft, so a sweep over
 * many pages reports every page that fails, not only the first. `label` names the page and
 * its state, e.g. "/matrices/ (dark)" or "/ with the search dialog open".
 */
export async function expectNoA11yViolations(
	page: Page,
	label: string,
	options: A11yOptions = {},
): Promise<void> {
	const violations = await a11yViolations(page, options);
	expect.soft(violations.map(describeViolation), `axe on ${label}`).toEqual([]);
}
