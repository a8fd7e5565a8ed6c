import { describe, expect, it } from 'vitest';

import {
	BENCHMARK_FIELDS,
	BENCHMARK_RULES,
	checkBars,
	clears,
	describeCheck,
	FIGURE_FIELDS,
	formatFigure,
	gapTo,
	magicNumber,
	nearestUncleared,
	readBenchmarkForm,
	summarizeChecks,
	type Bar,
} from '../../src/lib/benchmark-check';
import type { Threshold } from '../../src/schemas/benchmark';
import { readJson } from '../support/content';

// The real bars, as the page hands them to the check.
interface BenchmarkRow {
	id: string;
	values: Record<string, { text: string; threshold: Threshold }>;
}
const rows = readJson<BenchmarkRow[]>('benchmarks.json');
const SERIES = ['series-a', 'series-b', 'series-c-plus'];
const NAMES = { 'series-a': 'Series A', 'series-b': 'Series B', 'series-c-plus': 'Series C+' };

function bars(id: string): Bar[] {
	const row = rows.find((candidate) => candidate.id === id)!;
	return SERIES.map((series) => ({ series, ...row.values[series] }));
}

const check = (id: string, value: number) => checkBars(bars(id), value);
const cleared = (id: string, value: number) =>
	check(id, value)
		.filter((bar) => bar.cleared)
		.map((bar) => bar.series);

describe('clearing a bar at its edge', () => {
	it('NRR of exactly 100% clears Series A’s "100%+"', () => {
		expect(cleared('nrr', 100)).toEqual(['series-a']);
		expect(cleared('nrr', 99.99)).toEqual([]);
	});

	it('LTV:CAC of exactly 3 does not clear ">3:1", but clears ">2:1"', () => {
		expect(cleared('ltv-cac', 3)).toEqual(['series-a']);
		expect(cleared('ltv-cac', 3.01)).toEqual(['series-a', 'series-b']);
	});

	it('CAC payback of exactly 24 months does not clear "Under 24 mo"', () => {
		expect(cleared('cac-payback', 24)).toEqual([]);
		expect(cleared('cac-payback', 23.9)).toEqual(['series-a']);
		expect(cleared('cac-payback', 11)).toEqual(['series-a', 'series-b', 'series-c-plus']);
	});

	it('a Magic Number of exactly 0.75 does not clear ">0.75"', () => {
		expect(cleared('magic-number', 0.75)).toEqual(['series-a']);
	});

	it('growth bars loosen from A to C+, so 60% clears C+ alone', () => {
		expect(cleared('growth-rate', 60)).toEqual(['series-c-plus']);
		expect(cleared('growth-rate', 100)).toEqual(SERIES);
	});

	it('a range clears from its min, and past its max only when open-ended', () => {
		const range = (openEnded: boolean): Threshold => ({
			bound: 'range',
			min: 5,
			max: 20,
			unit: 'usd',
			openEnded,
		});
		expect(clears(range(false), 5)).toBe(true);
		expect(clears(range(false), 20)).toBe(false);
		expect(clears(range(true), 500)).toBe(true);
		expect(gapTo(range(false), 2)).toBe(3);
		expect(gapTo(range(false), 25)).toBe(5);
	});
});

describe('distance to a bar', () => {
	it('is how far the figure must move, in the bar’s unit', () => {
		expect(check('nrr', 104).map((bar) => bar.gap)).toEqual([0, 1, 6]);
		expect(check('cac-payback', 30).map((bar) => bar.gap)).toEqual([6, 12, 18]);
		expect(check('ltv-cac', 2.5).map((bar) => bar.gap)).toEqual([0, 0.5, 1.5]);
	});

	it('is 0 for a figure on the line of a bar it must beat, which still does not clear it', () => {
		const [, seriesB] = check('ltv-cac', 3);
		expect(seriesB).toMatchObject({ cleared: false, gap: 0 });
		expect(describeCheck(seriesB)).toBe('on the line, and the bar needs more');

		const [seriesA] = check('cac-payback', 24);
		expect(describeCheck(seriesA)).toBe('on the line, and the bar needs less');
	});

	it('is worded in the bar’s unit', () => {
		const [, b, c] = check('nrr', 104);
		expect(describeCheck(b)).toBe('1 point short');
		expect(describeCheck(c)).toBe('6 points short');
		expect(describeCheck(check('cac-payback', 30)[0])).toBe('6 months over');
		expect(describeCheck(check('magic-number', 0.6)[1])).toBe('0.15 short');
		expect(describeCheck(check('nrr', 104)[0])).toBe('clears it');
	});

	it('never rounds a gap down to nothing', () => {
		expect(describeCheck(check('nrr', 104.999)[1])).toBe('less than 0.01 points short');
	});

	it('names the nearest bar not cleared, which is not always the next round', () => {
		expect(nearestUncleared(check('growth-rate', 60))?.series).toBe('series-b');
		expect(nearestUncleared(check('nrr', 104))?.series).toBe('series-b');
		expect(nearestUncleared(check('grr', 95))).toBeUndefined();
	});

	it('sums a figure up in a sentence', () => {
		expect(summarizeChecks(check('nrr', 104), NAMES)).toBe(
			'Clears Series A. Next bar to clear: Series B (105%+), 1 point short.',
		);
		expect(summarizeChecks(check('grr', 95), NAMES)).toBe(
			'Clears every bar: Series A, Series B and Series C+.',
		);
		expect(summarizeChecks(check('cac-payback', 24), NAMES)).toBe(
			'Clears none of the bars yet. Next bar to clear: Series A (Under 24 mo), on the line, and the bar needs less.',
		);
	});

	it('heads each figure in its unit', () => {
		expect(formatFigure(104, 'percent')).toBe('104%');
		expect(formatFigure(3.5, 'ratio')).toBe('3.5:1');
		expect(formatFigure(18, 'months')).toBe('18 months');
		expect(formatFigure(0.8, 'multiple')).toBe('0.8');
	});
});

describe('reading the form', () => {
	const read = (texts: Record<string, string>) => readBenchmarkForm(texts);

	it('gives a figure per filled field and nothing for empty ones', () => {
		expect(read({ nrr: '104%', 'ltv-cac': '3:1', grr: '' })).toEqual({
			figures: [
				{ field: 'nrr', value: 104, computed: false },
				{ field: 'ltv-cac', value: 3, computed: false },
			],
			errors: {},
		});
	});

	it.each([
		['nrr', 'lots', 'Write a percentage, such as 110 or 110%.'],
		['nrr', '5000', BENCHMARK_RULES.nrr.tooHigh],
		['nrr', '-5', BENCHMARK_RULES.nrr.tooLow],
		['grr', '101', BENCHMARK_RULES.grr.tooHigh],
		['growth-rate', '-150', BENCHMARK_RULES['growth-rate'].tooLow],
		['growth-rate', '20000', BENCHMARK_RULES['growth-rate'].tooHigh],
		['cac-payback', '0', BENCHMARK_RULES['cac-payback'].tooLow],
		['cac-payback', '-6', BENCHMARK_RULES['cac-payback'].tooLow],
		['cac-payback', '400', BENCHMARK_RULES['cac-payback'].tooHigh],
		['ltv-cac', '-1', BENCHMARK_RULES['ltv-cac'].tooLow],
		['ltv-cac', '300:1', BENCHMARK_RULES['ltv-cac'].tooHigh],
		['ltv-cac', '3:2', 'Write a ratio, such as 3 or 3:1.'],
		['magic-number', '25', BENCHMARK_RULES['magic-number'].tooHigh],
		['magic-number', 'high', 'Write a number, such as 0.8.'],
	])('%s of %j gets a message and no figure', (field, text, message) => {
		// A good figure beside the bad one still gives its own result.
		const other = field === 'grr' ? 'nrr' : 'grr';
		const { figures, errors } = read({ [field]: text, [other]: '90' });
		expect(errors).toEqual({ [field]: message });
		expect(figures.map((figure) => figure.field)).toEqual([other]);
	});

	it('works out the Magic Number from the two amounts', () => {
		expect(read({ 'net-new-arr': '600k', 'sm-spend': '$1M' })).toEqual({
			figures: [{ field: 'magic-number', value: 0.6, computed: true }],
			errors: {},
		});
		expect(magicNumber(-200_000, 1_000_000)).toBe(-0.2);
	});

	it('rounds the worked-out Magic Number to two decimals before comparing it', () => {
		// 750,100 / 1,000,000 is 0.7501: shown and compared as 0.75, so it does not clear ">0.75".
		const { figures } = read({ 'net-new-arr': '750,100', 'sm-spend': '1M' });
		expect(figures[0].value).toBe(0.75);
		expect(cleared('magic-number', figures[0].value)).toEqual(['series-a']);
	});

	it('asks for the other amount when only one is given', () => {
		expect(read({ 'net-new-arr': '600k' }).errors).toEqual({
			'sm-spend': 'Enter last quarter’s sales and marketing spend too, or clear net new ARR.',
		});
		expect(Object.keys(read({ 'sm-spend': '1M' }).errors)).toEqual(['net-new-arr']);
	});

	it('refuses a spend of 0, which the Magic Number would divide by', () => {
		const { figures, errors } = read({ 'net-new-arr': '600k', 'sm-spend': '0' });
		expect(errors).toEqual({ 'sm-spend': BENCHMARK_RULES['sm-spend'].tooLow });
		expect(figures).toEqual([]);
	});

	it('refuses amounts that give an absurd Magic Number', () => {
		const { figures, errors } = read({ 'net-new-arr': '50M', 'sm-spend': '100k' });
		expect(errors['sm-spend']).toMatch(/Magic Number of 500/);
		expect(figures).toEqual([]);
	});

	it('refuses a typed Magic Number the amounts contradict, showing neither', () => {
		const { figures, errors } = read({
			'magic-number': '1.2',
			'net-new-arr': '600k',
			'sm-spend': '1M',
		});
		expect(errors['magic-number']).toMatch(/give 0\.6/);
		expect(figures).toEqual([]);

		expect(read({ 'magic-number': '0.6', 'net-new-arr': '600k', 'sm-spend': '1M' }).errors).toEqual(
			{},
		);
	});
});

describe('the fields and the content', () => {
	it('ask for every benchmark of content/benchmarks.json but ARR, whose bars are size bands', () => {
		expect([...FIGURE_FIELDS].sort()).toEqual(
			rows
				.map((row) => row.id)
				.filter((id) => id !== 'arr')
				.sort(),
		);
	});

	it('compare only against floors and ceilings, whose edges the check words', () => {
		for (const field of FIGURE_FIELDS) {
			for (const bar of bars(field)) expect(['floor', 'ceiling']).toContain(bar.threshold.bound);
		}
	});

	it('each have a rule whose limits contain every bar', () => {
		for (const field of FIGURE_FIELDS) {
			const rule = BENCHMARK_RULES[field];
			for (const bar of bars(field)) {
				const value = (bar.threshold as { value: number }).value;
				expect(value, `${field} ${bar.series}`).toBeGreaterThan(rule.min);
				expect(value, `${field} ${bar.series}`).toBeLessThan(rule.max);
			}
		}
		expect(Object.keys(BENCHMARK_RULES).sort()).toEqual([...BENCHMARK_FIELDS].sort());
	});
});
