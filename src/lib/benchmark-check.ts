import type { Threshold } from '../schemas/benchmark';
import { readFigure, type FigureRule } from './figure-input';

/**
 * Compares a company's figures with the Series A, B and C+ bars of content/benchmarks.json.
 * A bar's threshold says whether its value itself clears it: "100%+" does (inclusive),
 * ">3:1" and "Under 24 mo" do not. Nothing here rounds a typed figure, so a result is never
 * nearer a bar than the figure is.
 */

/** One Series' bar for a benchmark: the text as published and what it means. */
export interface Bar {
	/** The series id, e.g. "series-b". */
	series: string;
	text: string;
	threshold: Threshold;
}

/** How a figure stands against one bar. */
export interface BarCheck extends Bar {
	/** The figure checked. */
	value: number;
	cleared: boolean;
	/**
	 * How far the figure must move to reach the bar's value, in the bar's unit: 0 once cleared,
	 * and 0 for a figure level with a bar it must exceed.
	 */
	gap: number;
}

/** Whether a value clears a threshold. */
export function clears(threshold: Threshold, value: number): boolean {
	switch (threshold.bound) {
		case 'floor':
			return threshold.inclusive ? value >= threshold.value : value > threshold.value;
		case 'ceiling':
			return threshold.inclusive ? value <= threshold.value : value < threshold.value;
		case 'range':
			return value >= threshold.min && (threshold.openEnded || value < threshold.max);
	}
}

/** How far a value is from a threshold's edge; 0 if it clears it or sits on it. */
export function gapTo(threshold: Threshold, value: number): number {
	if (clears(threshold, value)) return 0;

	switch (threshold.bound) {
		case 'floor':
			return Math.max(0, threshold.value - value);
		case 'ceiling':
			return Math.max(0, value - threshold.value);
		case 'range':
			return value < threshold.min ? threshold.min - value : value - threshold.max;
	}
}

/** A figure against each bar, in the order the bars are given (Series A first). */
export function checkBars(bars: readonly Bar[], value: number): BarCheck[] {
	return bars.map((bar) => ({
		...bar,
		value,
		cleared: clears(bar.threshold, value),
		gap: gapTo(bar.threshold, value),
	}));
}

/**
 * The bar not yet cleared that the figure is closest to, or undefined if it clears them all.
 * The bars do not always get stricter from A to C+ (growth: 100%, 75%, 50%), so "next" is the
 * nearest, not the following round.
 */
export function nearestUncleared(checks: readonly BarCheck[]): BarCheck | undefined {
	const open = checks.filter((check) => !check.cleared);
	return open.reduce<BarCheck | undefined>(
		(best, check) => (!best || check.gap < best.gap ? check : best),
		undefined,
	);
}

/** A number as the results show it: at most two decimals, with thousands separators. */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
}

/** A gap in its unit's words: "1 point", "6 months", "0.5". */
export function formatGap(gap: number, unit: Threshold['unit']): string {
	const amount = gap > 0 && gap < 0.005 ? 'less than 0.01' : formatNumber(gap);
	const one = amount === '1';
	if (unit === 'percent') return `${amount} ${one ? 'point' : 'points'}`;
	if (unit === 'months') return `${amount} ${one ? 'month' : 'months'}`;
	if (unit === 'usd') return `$${amount}`;
	return amount;
}

/**
 * One bar's verdict, to follow the bar's name: "clears it", "1 point short", "6 months over",
 * or, for a figure level with a bar it must beat, "on the line, and the bar needs more".
 */
export function describeCheck(check: BarCheck): string {
	const { threshold } = check;
	if (check.cleared) return 'clears it';

	// Past the top of a band, or over a ceiling, the figure has to come down to reach the bar.
	const over =
		threshold.bound === 'ceiling' || (threshold.bound === 'range' && check.value >= threshold.max);

	if (check.gap === 0) return `on the line, and the bar needs ${over ? 'less' : 'more'}`;
	return `${formatGap(check.gap, threshold.unit)} ${over ? 'over' : 'short'}`;
}

/** A figure in its unit, as the results head it: "104%", "18 months", "3.5:1", "0.8". */
export function formatFigure(value: number, unit: Threshold['unit']): string {
	const number = formatNumber(value);
	if (unit === 'percent') return `${number}%`;
	if (unit === 'months') return `${number} ${value === 1 ? 'month' : 'months'}`;
	if (unit === 'ratio') return `${number}:1`;
	if (unit === 'usd') return `$${number}`;
	return number;
}

/**
 * A figure's standing in a sentence or two: the bars it clears, then the nearest one it does
 * not and how far off it is. `names` gives each series id its name.
 */
export function summarizeChecks(
	checks: readonly BarCheck[],
	names: Record<string, string>,
): string {
	const cleared = checks.filter((check) => check.cleared).map((check) => names[check.series]);
	const next = nearestUncleared(checks);

	if (!next) return `Clears every bar: ${joinNames(cleared)}.`;

	const standing =
		cleared.length === 0 ? 'Clears none of the bars yet.' : `Clears ${joinNames(cleared)}.`;
	const bar = `${names[next.series]} (${next.text})`;
	return `${standing} Next bar to clear: ${bar}, ${describeCheck(next)}.`;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The ids of the figures the benchmark check asks for, which are also its address's keys. */
export const FIGURE_FIELDS = [
	'growth-rate',
	'nrr',
	'grr',
	'cac-payback',
	'ltv-cac',
	'magic-number',
] as const;

/** The two amounts the Magic Number can be worked out from. */
export const MAGIC_NUMBER_INPUTS = ['net-new-arr', 'sm-spend'] as const;

/** Every field of the benchmark check's form. */
export type BenchmarkField = (typeof FIGURE_FIELDS)[number] | (typeof MAGIC_NUMBER_INPUTS)[number];

/** The form's fields in their order on the page, which is also their order in the address. */
export const BENCHMARK_FIELDS: readonly BenchmarkField[] = [
	...FIGURE_FIELDS,
	...MAGIC_NUMBER_INPUTS,
];

/**
 * What each field accepts. The upper limits are far beyond any figure the benchmarks are
 * about, so they only catch typos (an extra zero, a ratio typed as a percentage):
 * - growth: from -100% (all revenue lost) to 1,000% a year; past that the base is too small
 *   for a Series benchmark to say anything;
 * - NRR up to 300%, GRR up to 100% (it counts only what is kept, so it cannot exceed 100%);
 * - CAC payback above 0 and up to 120 months;
 * - LTV:CAC from 0 to 100:1; the Magic Number from -10 to 10 (it is negative when ARR shrank);
 * - the amounts up to $100B, the spend above $0, since the Magic Number divides by it.
 */
export const BENCHMARK_RULES: Record<BenchmarkField, FigureRule> = {
	'growth-rate': {
		unit: 'percent',
		min: -100,
		minInclusive: true,
		max: 1000,
		tooLow: 'Revenue cannot shrink by more than 100%.',
		tooHigh: 'Above 1,000% a year, the base is too small for these bars. Check the figure.',
	},
	nrr: {
		unit: 'percent',
		min: 0,
		minInclusive: true,
		max: 300,
		tooLow: 'NRR cannot be below 0%.',
		tooHigh: 'NRR above 300% is far beyond any published figure. Check the figure.',
	},
	grr: {
		unit: 'percent',
		min: 0,
		minInclusive: true,
		max: 100,
		tooLow: 'GRR cannot be below 0%.',
		tooHigh: 'GRR counts only revenue kept, so it cannot be above 100%.',
	},
	'cac-payback': {
		unit: 'months',
		min: 0,
		minInclusive: false,
		max: 120,
		tooLow: 'Payback takes some time: enter more than 0 months.',
		tooHigh: 'Over 120 months (ten years) is beyond these bars. Check the figure.',
	},
	'ltv-cac': {
		unit: 'ratio',
		min: 0,
		minInclusive: true,
		max: 100,
		tooLow: 'LTV:CAC cannot be below 0.',
		tooHigh: 'Above 100:1 usually means costs are missing from CAC. Check the figure.',
	},
	'magic-number': {
		unit: 'multiple',
		min: -10,
		minInclusive: true,
		max: 10,
		tooLow: 'A Magic Number below -10 is beyond any real quarter. Check the figure.',
		tooHigh: 'A Magic Number above 10 is beyond any real quarter. Check the figure.',
	},
	'net-new-arr': {
		unit: 'usd',
		min: -100e9,
		minInclusive: true,
		max: 100e9,
		tooLow: 'That is more ARR than any software company has. Check the number of zeros.',
		tooHigh: 'That is more ARR than any software company has. Check the number of zeros.',
	},
	'sm-spend': {
		unit: 'usd',
		min: 0,
		minInclusive: false,
		max: 100e9,
		tooLow: 'Enter a spend above $0: the Magic Number divides by it.',
		tooHigh: 'That is more than any company spends in a quarter. Check the number of zeros.',
	},
};

/**
 * The Magic Number of a quarter: net new ARR over the previous quarter's sales and marketing
 * spend, rounded to two decimals, the precision the bars are written in. Rounding first means
 * the number shown is the number compared: 0.7501 would otherwise show as 0.75 yet clear ">0.75".
 */
export function magicNumber(netNewArr: number, previousSpend: number): number {
	return Math.round((netNewArr / previousSpend) * 100) / 100;
}

/** A figure to compare with the bars, and where it came from. */
export interface Figure {
	field: (typeof FIGURE_FIELDS)[number];
	value: number;
	/** True for a Magic Number worked out from the two amounts. */
	computed: boolean;
}

/** The form read as a whole: its figures, or what to fix, field by field. */
export interface BenchmarkReading {
	figures: Figure[];
	errors: Partial<Record<BenchmarkField, string>>;
}

/**
 * Reads the form's text, field by field. A field with a problem gets a message and gives no
 * figure. The Magic Number's two amounts go together: one without the other is a problem, and
 * so is a typed Magic Number that the amounts contradict, since either could be the slip.
 */
export function readBenchmarkForm(
	texts: Partial<Record<BenchmarkField, string>>,
): BenchmarkReading {
	const errors: BenchmarkReading['errors'] = {};
	const values: Partial<Record<BenchmarkField, number>> = {};

	for (const field of BENCHMARK_FIELDS) {
		const reading = readFigure(texts[field] ?? '', BENCHMARK_RULES[field]);
		if (reading.status === 'invalid') errors[field] = reading.message;
		if (reading.status === 'valid') values[field] = reading.value;
	}

	const computed = computeMagicNumber(texts, values, errors);
	const figures: Figure[] = [];
	for (const field of FIGURE_FIELDS) {
		if (field === 'magic-number' && computed !== undefined) {
			figures.push({ field, value: computed, computed: true });
		} else if (values[field] !== undefined && !errors[field]) {
			figures.push({ field, value: values[field], computed: false });
		}
	}

	return { figures, errors };
}

/** Works out the Magic Number from the amounts when both are there, noting any conflict. */
function computeMagicNumber(
	texts: Partial<Record<BenchmarkField, string>>,
	values: Partial<Record<BenchmarkField, number>>,
	errors: BenchmarkReading['errors'],
): number | undefined {
	const [netNewField, spendField] = MAGIC_NUMBER_INPUTS;
	const filled = (field: BenchmarkField) => (texts[field] ?? '').trim() !== '';

	if (filled(netNewField) && !filled(spendField)) {
		errors[spendField] =
			'Enter last quarter’s sales and marketing spend too, or clear net new ARR.';
	}
	if (filled(spendField) && !filled(netNewField)) {
		errors[netNewField] = 'Enter this quarter’s net new ARR too, or clear the spend.';
	}

	const netNew = values[netNewField];
	const spend = values[spendField];
	if (netNew === undefined || spend === undefined || errors[netNewField] || errors[spendField]) {
		return undefined;
	}

	const value = magicNumber(netNew, spend);
	const rule = BENCHMARK_RULES['magic-number'];
	if (value < rule.min || value > rule.max) {
		errors[spendField] =
			`These amounts give a Magic Number of ${formatNumber(value)}, ` +
			'beyond any real quarter. Check both.';
		return undefined;
	}

	const typed = values['magic-number'];
	if (typed !== undefined && typed !== value) {
		errors['magic-number'] =
			`The two amounts below give ${formatNumber(value)}. Clear this field or the amounts.`;
		return undefined;
	}

	return value;
}
