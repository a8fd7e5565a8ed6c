import { describe, expect, it } from 'vitest';

import { readFigure } from '../../src/lib/figure-input';
import { findStage, inBand, STAGE_FINDER_RULES, type StageBands } from '../../src/lib/stage-finder';
import { readJson } from '../support/content';

// The real bands, as the page hands them to the finder.
const stages = readJson<StageBands[]>('stages.json');

const byArr = (arr: number) => findStage(stages, { arr })?.stage;
const byHeadcount = (headcount: number) => findStage(stages, { headcount })?.stage;

describe('the stage finder, by ARR', () => {
	it('puts $1M exactly at Stabilize: a band includes its min and stops short of its max', () => {
		expect(byArr(1_000_000)).toBe('stabilize');
		expect(byArr(999_999)).toBe('build');
		expect(byArr(999_999.99)).toBe('build');
	});

	it('places each edge of each band', () => {
		expect(byArr(0)).toBe('build');
		expect(byArr(4_999_999)).toBe('stabilize');
		expect(byArr(5_000_000)).toBe('scale');
		expect(byArr(15_000_000)).toBe('optimize');
		expect(byArr(39_999_999)).toBe('optimize');
		expect(byArr(40_000_000)).toBe('platform');
	});

	it('puts any huge figure in the open top band', () => {
		expect(byArr(50e9)).toBe('platform');
		expect(byArr(Number.MAX_SAFE_INTEGER)).toBe('platform');
	});

	it('reads ARR as people write it, to the same stage', () => {
		const read = (text: string) => {
			const reading = readFigure(text, STAGE_FINDER_RULES.arr);
			return reading.status === 'valid' ? byArr(reading.value) : reading.status;
		};
		expect(read('1M')).toBe('stabilize');
		expect(read('$1,000,000')).toBe('stabilize');
		expect(read('1000k')).toBe('stabilize');
		expect(read('$999,999')).toBe('build');
		expect(read('0.9999995M')).toBe('build');
	});
});

describe('the stage finder, by headcount', () => {
	it('puts 10 people exactly at Stabilize, and 9 at Build', () => {
		expect(byHeadcount(10)).toBe('stabilize');
		expect(byHeadcount(9)).toBe('build');
		expect(byHeadcount(1)).toBe('build');
		expect(byHeadcount(200)).toBe('platform');
		expect(byHeadcount(500_000)).toBe('platform');
	});

	it('places no company of 0 people, and the field refuses it with a reason', () => {
		expect(findStage(stages, { headcount: 0 })).toBeUndefined();
		expect(readFigure('0', STAGE_FINDER_RULES.headcount)).toEqual({
			status: 'invalid',
			message: STAGE_FINDER_RULES.headcount.tooLow,
		});
	});
});

describe('when ARR and headcount disagree', () => {
	it('ARR decides, and the placement says what headcount alone would say', () => {
		expect(findStage(stages, { arr: 1_500_000, headcount: 45 })).toEqual({
			stage: 'stabilize',
			placedBy: 'arr',
			byArr: 'stabilize',
			byHeadcount: 'scale',
			disagree: true,
		});
	});

	it('ARR decides in the other direction too', () => {
		const placement = findStage(stages, { arr: 60_000_000, headcount: 25 });
		expect(placement?.stage).toBe('platform');
		expect(placement?.byHeadcount).toBe('stabilize');
		expect(placement?.disagree).toBe(true);
	});

	it('reports agreement when both figures name the same stage', () => {
		const placement = findStage(stages, { arr: 7_000_000, headcount: 50 });
		expect(placement).toMatchObject({ stage: 'scale', placedBy: 'arr', disagree: false });
	});

	it('falls back on headcount only when ARR is not given', () => {
		expect(findStage(stages, { headcount: 45 })).toEqual({
			stage: 'scale',
			placedBy: 'headcount',
			byArr: undefined,
			byHeadcount: 'scale',
			disagree: false,
		});
	});

	it('places nothing without a figure', () => {
		expect(findStage(stages, {})).toBeUndefined();
	});
});

describe('the field limits', () => {
	it.each([
		['-1', 'tooLow'],
		['150B', 'tooHigh'],
		['$1,000,000,000,000', 'tooHigh'],
	] as const)('ARR %j is refused as %s', (text, message) => {
		expect(readFigure(text, STAGE_FINDER_RULES.arr)).toEqual({
			status: 'invalid',
			message: STAGE_FINDER_RULES.arr[message],
		});
	});

	it('refuses a fractional or absurd headcount', () => {
		expect(readFigure('12.5', STAGE_FINDER_RULES.headcount).status).toBe('invalid');
		expect(readFigure('2,000,000', STAGE_FINDER_RULES.headcount)).toEqual({
			status: 'invalid',
			message: STAGE_FINDER_RULES.headcount.tooHigh,
		});
	});

	it('accepts the largest ARR it allows', () => {
		expect(readFigure('100B', STAGE_FINDER_RULES.arr)).toEqual({ status: 'valid', value: 100e9 });
	});

	it('treats a band with no max as open', () => {
		expect(inBand(1e15, { min: 40e6, max: null })).toBe(true);
		expect(inBand(39e6, { min: 40e6, max: null })).toBe(false);
	});
});
