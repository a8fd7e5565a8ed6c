import { z } from 'astro/zod';

import { closestMatch } from '../lib/closest-match';

/**
 * A zod object that rejects unknown keys with a message listing the keys it accepts, and a
 * guess at the one meant. `noun` names what a key is ("stage", "field") in that message.
 */
export function closedObject<Shape extends z.core.$ZodLooseShape>(
	what: string,
	shape: Shape,
	noun = 'field',
) {
	const allowed = Object.keys(shape);

	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') {
				return issue.keys.map((key) => unknownKeyMessage(key, allowed, what, noun)).join(' ');
			}
			if (issue.code === 'invalid_type') {
				return `Expected ${what} to be an object with ${allowed.join(', ')}.`;
			}
			return undefined;
		},
	});
}

function unknownKeyMessage(key: string, allowed: string[], what: string, noun: string) {
	const guess = closestMatch(key, allowed);
	const hint = guess ? ` Did you mean "${guess}"?` : '';

	return `"${key}" is not a ${noun} of ${what}. Use one of: ${allowed.join(', ')}.${hint}`;
}
