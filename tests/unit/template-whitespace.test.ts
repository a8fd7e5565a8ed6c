import { globSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from './support/content-copy';

/**
 * Astro's compiler drops a line break that sits between text and an expression or an inline
 * tag, instead of turning it into a space: "the {kind}⏎does" renders as "processdoes". Such
 * joins are invisible in the source and easy to miss on the page, so this finds them.
 */
const INLINE_TAGS = 'a|strong|em|kbd|code|span|dfn|abbr';

function missingSpaces(source: string): Array<{ line: number; text: string }> {
	const lines = source.split('\n');
	const fences = lines.flatMap((line, index) => (line.trim() === '---' ? [index] : []));
	const template = fences.length >= 2 ? fences[1] + 1 : 0;
	const found: Array<{ line: number; text: string }> = [];

	for (let index = template; index < lines.length - 1; index++) {
		const here = lines[index].trim();
		const next = lines[index + 1].trim();
		if (!here || !next || /^<style/.test(here)) continue;

		// Prose: a line that is not a tag, an expression block or an attribute.
		const prose = !/^[<{}()/*.[\]]/.test(here) && !/^[\w-]+=/.test(here);
		const endsInExpression = /[^{]\{[^{}]+\}$/.test(here) && !here.endsWith("{' '}");
		const endsInWord = /[\p{L}\p{N},.;:’”)]$/u.test(here);
		const endsInInlineTag = new RegExp(`</(${INLINE_TAGS})>$`).test(here);
		const startsWithWord = /^[\p{L}\p{N}(“‘]/u.test(next);
		const startsWithInline = new RegExp(`^(\\{(?!' '\\})(?!/\\*)|<(${INLINE_TAGS})\\b)`).test(next);

		if (
			(prose && endsInExpression && startsWithWord) ||
			(prose && endsInWord && !endsInExpression && startsWithInline) ||
			(endsInInlineTag && startsWithWord)
		) {
			found.push({ line: index + 1, text: `${here.slice(-30)}⏎${next.slice(0, 30)}` });
		}
	}

	return found;
}

describe('template whitespace', () => {
	it('finds a line break dropped between text and an expression or inline tag', () => {
		const source = '---\n---\n<p>\n\tthe {kind}\n\tdoes apply. Press\n\t<kbd>K</kbd>\n\tor not.\n</p>\n';
		expect(missingSpaces(source).map((problem) => problem.line)).toEqual([4, 5, 6]);
	});

	it('accepts an explicit space and breaks between blocks', () => {
		const source = "---\n---\n<p>\n\tthe {kind}{' '}\n\tdoes apply.\n</p>\n<p>\n\t{text}\n</p>\n";
		expect(missingSpaces(source)).toEqual([]);
	});

	const files = globSync('src/**/*.astro', { cwd: PROJECT_ROOT });
	it.each(files)('%s has no dropped space', (file) => {
		const problems = missingSpaces(readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8'));
		expect(problems, "add {' '} at the end of the line").toEqual([]);
	});
});
