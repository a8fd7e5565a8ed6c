import { describe, expect, it } from 'vitest';

import { parseBenchmarkText } from '../../src/lib/benchmark-text';
import { closestMatch, editDistance } from '../../src/lib/closest-match';
import { parseNumberList } from '../../src/lib/number-list';

describe('parseBenchmarkText', () => {
	it.each([
		['100%+', { bound: 'floor', value: 100, unit: 'percent', inclusive: true }],
		['Under 24 mo', { bound: 'ceiling', value: 24, unit: 'months', inclusive: false }],
		['>3:1', { bound: 'floor', value: 3, unit: 'ratio', inclusive: false }],
		['>0.75', { bound: 'floor', value: 0.75, unit: 'multiple', inclusive: false }],
		['$5-20M', { bound: 'range', min: 5e6, max: 20e6, unit: 'usd', openEnded: false }],
		['$20-50M+', { bound: 'range', min: 20e6, max: 50e6, unit: 'usd', openEnded: true }],
	])('reads %s', (text, threshold) => {
		expect(parseBenchmarkText(text)).toEqual(threshold);
	});

	it.each(['100%', 'about 24 mo', '3:1', '', '$5-20'])('refuses to guess at %j', (text) => {
		expect(parseBenchmarkText(text)).toBeUndefined();
	});
});

describe('parseNumberList', () => {
	it('reads ranges, single numbers and open ends as the category headings write them', () => {
		const inList = parseNumberList('08-09, 46')!;
		expect([7, 8, 9, 10, 46].map(inList)).toEqual([false, true, true, false, true]);

		const openEnded = parseNumberList('50+')!;
		expect([49, 50, 68].map(openEnded)).toEqual([false, true, true]);
	});

	it('returns nothing for text that is not a list of numbers', () => {
		expect(parseNumberList('eight to nine')).toBeUndefined();
	});
});

describe('closestMatch', () => {
	it('counts a swap of neighbouring letters as one edit', () => {
		expect(editDistance('cqp', 'cpq')).toBe(1);
		expect(editDistance('scal', 'scale')).toBe(1);
	});

	it('guesses a near miss and stays quiet about a far one', () => {
		expect(closestMatch('stabilise', ['build', 'stabilize', 'scale'])).toBe('stabilize');
		expect(closestMatch('revenue', ['build', 'stabilize', 'scale'])).toBeUndefined();
	});
});
