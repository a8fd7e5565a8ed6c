import type { z } from 'astro/zod';

import { closestMatch } from '../lib/closest-match';

/**
 * Messages for zod's generic issues, worded for someone editing JSON or frontmatter. Schemas
 * with a message of their own keep it; this covers the rest.
 */
export function contentErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `This field is missing. Add it: ${describe(issue.expected)}.`;
			return `Expected ${describe(issue.expected)}, found ${kindOf(issue.input)}.`;

		case 'invalid_value': {
			const options = issue.values.map(String);
			const guess = typeof issue.input === 'string' ? closestMatch(issue.input, options) : undefined;
			const hint = guess ? ` Did you mean "${guess}"?` : '';
			return `${JSON.stringify(issue.input)} is not allowed here. Use one of: ${options.join(', ')}.${hint}`;
		}

		case 'too_small':
			return issue.origin === 'string'
				? `Too short: write at least ${issue.minimum} characters.`
				: `Too small: the least allowed is ${issue.minimum}.`;

		case 'too_big':
			return issue.origin === 'string'
				? `Too long: keep it to ${issue.maximum} characters.`
				: `Too large: the most allowed is ${issue.maximum}.`;

		default:
			return undefined;
	}
}

function describe(expected: string): string {
	const words: Record<string, string> = {
		string: 'text in quotes',
		number: 'a number',
		boolean: 'true or false',
		array: 'a list in [ ]',
		object: 'an object in { }',
		null: 'null',
	};
	return words[expected] ?? expected;
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
	return `${typeof value} ${JSON.stringify(value)}`;
}
