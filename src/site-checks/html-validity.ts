import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';

import { regionOf } from './page-region.ts';
import { describeSource, type SourceOf } from './page-sources.ts';
import type { SiteProblem } from './problem.ts';
import { loadSitePage, type BuiltSite } from './site.ts';

/**
 * A finding of html-validate let through for one kind of element only, with the reason. The
 * rules themselves are set in .htmlvalidate.mjs; these are for markup we do not write.
 */
export interface MarkupException {
	rule: string;
	/** The elements it applies to, as a CSS selector. */
	selector: string;
	reason: string;
}

export interface ValidityReport {
	problems: SiteProblem[];
	/** Exceptions that matched nothing: delete them. */
	unusedExceptions: MarkupException[];
}

export interface ValidityOptions {
	/** html-validate's configuration: the repository's is .htmlvalidate.mjs. */
	config: ConfigData;
	exceptions?: readonly MarkupException[];
	sourceOf?: SourceOf;
}

/**
 * Validates every page of a built site with html-validate. The configuration is passed in,
 * not looked up beside each file, so fixture sites in a temporary folder get the same rules.
 */
export async function validatePages(
	site: BuiltSite,
	{ config, exceptions = [], sourceOf }: ValidityOptions,
): Promise<ValidityReport> {
	const validator = new HtmlValidate(new StaticConfigLoader(config));
	const used = new Set<MarkupException>();
	const problems: SiteProblem[] = [];

	for (const page of site.pages) {
		const report = await validator.validateFile(page.file);
		const $ = loadSitePage(page);
		const source = describeSource(sourceOf, page.path, site.base);

		for (const message of report.results.flatMap((result) => result.messages)) {
			const element = message.selector ? $(message.selector) : undefined;
			const exception = exceptions.find(
				(candidate) =>
					candidate.rule === message.ruleId && element?.is(candidate.selector) === true,
			);
			if (exception) {
				used.add(exception);
				continue;
			}
			problems.push({
				page: page.path,
				source,
				region: element && element.length > 0 ? regionOf(element.first()) : 'the page',
				// The selector, not the line: the same element on many pages is then said once.
				element: message.selector ?? `line ${message.line}:${message.column}`,
				reason: describe(message),
			});
		}
	}
	return { problems, unusedExceptions: exceptions.filter((exception) => !used.has(exception)) };
}

function describe(message: Message): string {
	const help = `https://html-validate.org/rules/${message.ruleId}.html`;
	return `${message.message} (${message.ruleId}, ${help})`;
}
