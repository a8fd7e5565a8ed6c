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

/** A finding axe may make on some elements, let through there only, and why. */
export interface A11yExclusion {
	/** The axe rule, e.g. "label-content-name-mismatch". */
	rule: string;
	/** The elements, as a CSS selector; the rule still runs everywhere else. */
	selector: string;
	reason: string;
}

/**
 * Exclusions, each one rule on one kind of element, never a rule switched off for a page.
 * Delete an entry when its reason no longer holds.
 */
export const A11Y_EXCLUSIONS: readonly A11yExclusion[] = [
	{
		rule: 'label-content-name-mismatch',
		selector: '#site-search-results [role="option"]',
		reason:
			'A search result is named by its kind and title, which its visible text starts with, ' +
			'and described by its excerpt (aria-describedby), as a listbox option should be. axe ' +
			'wants every visible word, the excerpt too, in the name (WCAG 2.5.3 asks only for the ' +
			'label), which would have screen readers read each excerpt as the option moves.',
	},
];

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
	// The site has no frames, so axe runs in the page alone rather than finishing its run in a
	// second, blank page (its default, for pages with frames), which doubles its time. A page
	// that embeds a frame would need this removed for axe to look inside the frame.
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
	if (options.rules) builder = builder.withRules(options.rules);
	if (options.include) builder = builder.include(options.include);

	const { violations } = await builder.analyze();
	const kept = await Promise.all(violations.map((violation) => withoutExcluded(page, violation)));
	return kept.filter((violation) => violation.nodes.length > 0);
}

/** The violation less the elements an exclusion for its rule covers. */
async function withoutExcluded(page: Page, violation: Result): Promise<Result> {
	const selectors = A11Y_EXCLUSIONS.filter(({ rule }) => rule === violation.id).map(
		({ selector }) => selector,
	);
	if (selectors.length === 0) return violation;

	const excluded = await page.evaluate(
		({ targets, selectors }) =>
			targets.map((target) => {
				const element = typeof target === 'string' ? document.querySelector(target) : null;
				return selectors.some((selector) => element?.matches(selector) ?? false);
			}),
		{ targets: violation.nodes.map((node) => node.target.at(-1)), selectors },
	);
	return { ...violation, nodes: violation.nodes.filter((_, index) => !excluded[index]) };
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
