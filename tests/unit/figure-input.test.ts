import { describe, expect, it } from 'vitest';

import {
	describeLimits,
	parseAmount,
	parseFigure,
	readFigure,
	type FigureRule,
} from '../../src/lib/figure-input';

describe('parseAmount', () => {
	it.each([
		['1.5M', 1_500_000],
		['$800k', 800_000],
		['2,000,000', 2_000_000],
		['$2,000,000', 2_000_000],
		['1M', 1_000_000],
		['$1.2 million', 1_200_000],
		['3mm', 3_000_000],
		['1.1M', 1_100_000],
		['0.5B', 500_000_000],
		['2 bn', 2_000_000_000],
		['750 thousand', 750_000],
		['  $ 40M ', 40_000_000],
		['.5M', 500_000],
		['0', 0],
		['999,999', 999_999],
	])('reads %j as %d', (text, value) => {
		expect(parseAmount(text)).toBe(value);
	});

	it('scales exactly, so $1M written any way is exactly a million', () => {
		// 1.1 * 1e6 is 1100000.0000000002 in floating point; the parser must not do that.
		expect(parseAmount('1.1M')).toBe(1_100_000);
		expect(parseAmount('0.001B')).toBe(1_000_000);
		expect(parseAmount('1000k')).toBe(1_000_000);
	});

	it('keeps a minus sign before or after the dollar sign', () => {
		expect(parseAmount('-200k')).toBe(-200_000);
		expect(parseAmount('-$200k')).toBe(-200_000);
		expect(parseAmount('$-200k')).toBe(-200_000);
		expect(parseAmount('−200k')).toBe(-200_000);
	});

	it.each([
		'',
		'abc',
		'about a million',
		'1,5M',
		'2,00,000',
		'1.5.2M',
		'$',
		'M',
		'1.5Q',
		'--200',
		'-$-200',
		'1e6',
		'12,34',
	])('refuses to guess at %j', (text) => {
		expect(parseAmount(text)).toBeUndefined();
	});
});

describe('parseFigure', () => {
	it('reads percentages with or without the sign', () => {
		expect(parseFigure('110', 'percent')).toBe(110);
		expect(parseFigure('110%', 'percent')).toBe(110);
		expect(parseFigure('104.5 %', 'percent')).toBe(104.5);
		expect(parseFigure('-20%', 'percent')).toBe(-20);
	});

	it('reads ratios as people write them', () => {
		expect(parseFigure('3', 'ratio')).toBe(3);
		expect(parseFigure('3:1', 'ratio')).toBe(3);
		expect(parseFigure('3.5 : 1', 'ratio')).toBe(3.5);
		expect(parseFigure('4x', 'ratio')).toBe(4);
		expect(parseFigure('3:2', 'ratio')).toBeUndefined();
	});

	it('reads months, multiples and headcounts', () => {
		expect(parseFigure('18', 'months')).toBe(18);
		expect(parseFigure('18 months', 'months')).toBe(18);
		expect(parseFigure('18mo', 'months')).toBe(18);
		expect(parseFigure('0.75', 'multiple')).toBe(0.75);
		expect(parseFigure('1,200', 'people')).toBe(1200);
		expect(parseFigure('12 people', 'people')).toBe(12);
	});

	it('does not read one unit’s suffix in another', () => {
		expect(parseFigure('110%', 'months')).toBeUndefined();
		expect(parseFigure('1.5M', 'people')).toBeUndefined();
		expect(parseFigure('18 months', 'percent')).toBeUndefined();
	});
});

describe('readFigure', () => {
	const rule: FigureRule = {
		unit: 'months',
		min: 0,
		minInclusive: false,
		max: 120,
		tooLow: 'too low',
		tooHigh: 'too high',
	};

	it('treats blank text as empty, not as zero', () => {
		expect(readFigure('', rule)).toEqual({ status: 'empty' });
		expect(readFigure('   ', rule)).toEqual({ status: 'empty' });
	});

	it('accepts a figure within the limits, and the upper limit itself', () => {
		expect(readFigure('18', rule)).toEqual({ status: 'valid', value: 18 });
		expect(readFigure('120', rule)).toEqual({ status: 'valid', value: 120 });
	});

	it('says how to write the figure when the text is not one', () => {
		expect(readFigure('eighteen', rule)).toEqual({
			status: 'invalid',
			message: 'Write a number of months, such as 18.',
		});
	});

	it('refuses an excluded lower limit, a value below it and one above the upper', () => {
		expect(readFigure('0', rule)).toEqual({ status: 'invalid', message: 'too low' });
		expect(readFigure('-3', rule)).toEqual({ status: 'invalid', message: 'too low' });
		expect(readFigure('121', rule)).toEqual({ status: 'invalid', message: 'too high' });
	});

	it('accepts an included lower limit', () => {
		expect(readFigure('0', { ...rule, minInclusive: true })).toEqual({ status: 'valid', value: 0 });
	});

	it('refuses a fraction where only whole numbers make sense', () => {
		const people: FigureRule = { ...rule, unit: 'people', integer: true };
		expect(readFigure('12.5', people)).toEqual({
			status: 'invalid',
			message: 'Write a whole number.',
		});
	});

	it('words the limits for the page', () => {
		expect(describeLimits(rule)).toBe('above 0 months, up to 120 months');
		expect(
			describeLimits({ ...rule, unit: 'usd', min: -100e9, minInclusive: true, max: 100e9 }),
		).toBe('-$100B to $100B');
	});
});
