/**
 * Reading the figures people type into the tools: "1.5M", "$800k", "2,000,000", "110%", "3:1".
 * Parsing says whether the text is a number of the right kind; the rule then says whether that
 * number makes sense for the field. Both are pure, so the pages and the tests share them.
 */

/** What a field holds; each is written its own way. */
export type FigureUnit = 'usd' | 'percent' | 'months' | 'ratio' | 'multiple' | 'people';

/** What a field accepts, and what to tell someone whose figure falls outside it. */
export interface FigureRule {
	unit: FigureUnit;
	/** The smallest value accepted. */
	min: number;
	/** Whether `min` itself is accepted: CAC payback must be above 0 months, not 0. */
	minInclusive: boolean;
	/** The largest value accepted; above it a figure is taken for a typo. */
	max: number;
	/** Whether only whole numbers make sense, as for a headcount. */
	integer?: boolean;
	/** Shown when the value is below `min` (or at it, when `min` is excluded). */
	tooLow: string;
	/** Shown when the value is above `max`. */
	tooHigh: string;
}

/** What a field's text turned out to be. */
export type FigureReading =
	{ status: 'empty' } | { status: 'invalid'; message: string } | { status: 'valid'; value: number };

/** How each unit is written, for the message shown when the text is not a figure at all. */
export const FORMAT_HINTS: Record<FigureUnit, string> = {
	usd: 'Write an amount in dollars, such as 1.5M, $800k or 2,000,000.',
	percent: 'Write a percentage, such as 110 or 110%.',
	months: 'Write a number of months, such as 18.',
	ratio: 'Write a ratio, such as 3 or 3:1.',
	multiple: 'Write a number, such as 0.8.',
	people: 'Write a number of people, such as 25.',
};

// A number as people write it: an optional sign, digits with or without thousands commas
// ("2,000,000" but not "2,00"), and an optional decimal part. "−" is the minus sign that
// some keyboards and copied spreadsheets give.
const NUMBER = String.raw`([-+−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)`;

// Powers of ten for the suffixes people put on amounts, in lower case.
const SCALES: Record<string, number> = {
	k: 3,
	thousand: 3,
	m: 6,
	mm: 6,
	mn: 6,
	million: 6,
	b: 9,
	bn: 9,
	billion: 9,
};

const AMOUNT = new RegExp(
	String.raw`^([-+−]?)\s*\$?\s*${NUMBER}\s*(k|thousand|mm|mn|m|million|bn|b|billion)?$`,
	'i',
);

/**
 * The number a dollar amount stands for: "1.5M" is 1,500,000, "$800k" is 800,000, and
 * "2,000,000" is itself. A sign may come before or after the "$". Undefined for text that is
 * not an amount, such as "1,5M" or "about a million", rather than a guess.
 */
export function parseAmount(text: string): number | undefined {
	const match = AMOUNT.exec(text.trim());
	if (!match) return undefined;

	const [, outerSign, innerSign, digits, suffix] = match;
	if (outerSign && innerSign) return undefined;

	// Scale through the number's text ("1.1e6") rather than by multiplying (1.1 * 1e6), which
	// would give 1100000.0000000002 and put $1M exactly on the wrong side of a band's edge.
	const exponent = suffix ? SCALES[suffix.toLowerCase()] : 0;
	const value = Number(`${digits.replaceAll(',', '')}e${exponent}`);
	return isNegative(outerSign || innerSign) ? -value : value;
}

// What may follow the number for each unit other than dollars, which parseAmount reads.
const SUFFIXES: Record<Exclude<FigureUnit, 'usd'>, string> = {
	percent: '%?',
	months: '(?:mo|mos|month|months)?',
	ratio: '(?::\\s*1|x|×)?',
	multiple: '(?:x|×)?',
	people: '(?:people|persons|ftes?)?',
};

/** The number a figure's text stands for in a unit, or undefined if it is not one. */
export function parseFigure(text: string, unit: FigureUnit): number | undefined {
	if (unit === 'usd') return parseAmount(text);

	const pattern = new RegExp(String.raw`^${NUMBER}\s*${SUFFIXES[unit]}$`, 'i');
	const match = pattern.exec(text.trim());
	if (!match) return undefined;

	const value = Number(match[2].replaceAll(',', ''));
	return isNegative(match[1]) ? -value : value;
}

/**
 * Reads a field: empty, a figure the rule accepts, or a message that says what is wrong and
 * what to write instead. A figure outside the rule's limits is never passed on, so no tool
 * shows a result for a typo.
 */
export function readFigure(text: string, rule: FigureRule): FigureReading {
	if (text.trim() === '') return { status: 'empty' };

	const value = parseFigure(text, rule.unit);
	if (value === undefined) return { status: 'invalid', message: FORMAT_HINTS[rule.unit] };

	if (rule.integer && !Number.isInteger(value)) {
		return { status: 'invalid', message: 'Write a whole number.' };
	}
	if (value < rule.min || (value === rule.min && !rule.minInclusive)) {
		return { status: 'invalid', message: rule.tooLow };
	}
	if (value > rule.max) return { status: 'invalid', message: rule.tooHigh };

	return { status: 'valid', value };
}

function isNegative(sign: string | undefined): boolean {
	return sign === '-' || sign === '−';
}

/** A value in a unit, as the limits are written: "$100B", "300%", "120 months", "100:1". */
export function formatInUnit(value: number, unit: FigureUnit): string {
	const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
	switch (unit) {
		case 'usd': {
			const compact = new Intl.NumberFormat('en-US', { notation: 'compact' }).format(
				Math.abs(value),
			);
			return `${value < 0 ? '-' : ''}$${compact}`;
		}
		case 'percent':
			return `${plain}%`;
		case 'months':
			return `${plain} months`;
		case 'ratio':
			return `${plain}:1`;
		case 'people':
			return `${plain} people`;
		case 'multiple':
			return plain;
	}
}

/** What a rule accepts, in words: "0% to 300%", "above 0 months, up to 120 months". */
export function describeLimits(rule: FigureRule): string {
	const low = formatInUnit(rule.min, rule.unit);
	const high = formatInUnit(rule.max, rule.unit);
	return rule.minInclusive ? `${low} to ${high}` : `above ${low}, up to ${high}`;
}
