import type { Threshold } from '../schemas/benchmark';

const MULTIPLIERS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

/**
 * Reads a benchmark as the source words it ("100%+", "Under 24 mo", ">3:1", "$5-20M") into the
 * threshold it stands for. Returns undefined for wording it does not know, rather than guess.
 */
export function parseBenchmarkText(text: string): Threshold | undefined {
	const money = /^\$(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)([KMB])(\+?)$/.exec(text);
	if (money) {
		const scale = MULTIPLIERS[money[3]];
		return {
			bound: 'range',
			min: Number(money[1]) * scale,
			max: Number(money[2]) * scale,
			unit: 'usd',
			openEnded: money[4] === '+',
		};
	}

	const percentFloor = /^(\d+(?:\.\d+)?)%\+$/.exec(text);
	if (percentFloor) {
		return { bound: 'floor', value: Number(percentFloor[1]), unit: 'percent', inclusive: true };
	}

	const months = /^Under (\d+(?:\.\d+)?) mo$/.exec(text);
	if (months) return { bound: 'ceiling', value: Number(months[1]), unit: 'months', inclusive: false };

	const ratio = /^>(\d+(?:\.\d+)?):1$/.exec(text);
	if (ratio) return { bound: 'floor', value: Number(ratio[1]), unit: 'ratio', inclusive: false };

	const multiple = /^>(\d+(?:\.\d+)?)$/.exec(text);
	if (multiple) return { bound: 'floor', value: Number(multiple[1]), unit: 'multiple', inclusive: false };

	return undefined;
}
