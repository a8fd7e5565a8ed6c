import { isDeepStrictEqual } from 'node:util';

import { parseBenchmarkText } from '../../lib/benchmark-text';
import type { Threshold } from '../../schemas/benchmark';
import type { ContentIndex } from '../content-index';
import type { Problem } from '../problem';

type Benchmark = { values: Record<string, { text: string; threshold: Threshold }> };

/**
 * Each benchmark's threshold says what its source text says, so a tool comparing a company's
 * figures never uses a bar the page does not show.
 */
export function benchmarkText(content: ContentIndex): Problem[] {
	const problems: Problem[] = [];

	for (const entry of content.get('benchmarks') ?? []) {
		for (const [series, value] of Object.entries((entry.parsed as Benchmark).values)) {
			const base = { file: entry.file, entry: entry.id, rule: 'benchmark-text' };
			const expected = parseBenchmarkText(value.text);

			if (!expected) {
				problems.push({
					...base,
					field: `values.${series}.text`,
					message: `"${value.text}" is not a benchmark the site can read. Write it as the source does: "100%+", "Under 24 mo", ">3:1", ">0.75" or "$5-20M".`,
				});
			} else if (!isDeepStrictEqual(expected, value.threshold)) {
				problems.push({
					...base,
					field: `values.${series}.threshold`,
					message: `The threshold does not match the text "${value.text}". Set it to ${JSON.stringify(expected)}.`,
				});
			}
		}
	}

	return problems;
}
