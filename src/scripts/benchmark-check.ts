import {
	BENCHMARK_FIELDS,
	checkBars,
	describeCheck,
	formatFigure,
	readBenchmarkForm,
	summarizeChecks,
	type Bar,
	type BenchmarkField,
	type Figure,
} from '../lib/benchmark-check';
import { readQuery, writeQuery } from '../lib/query-state';
import { element, paragraph } from './dom';
import { setFieldMessage } from './field-message';

/**
 * The benchmark check on /tools/benchmark-check/. Without this script the form stays hidden
 * and the page shows the bars to compare by eye; with it, the form appears, fills itself from
 * the address, and on submit shows each figure against each Series bar, or, if any field has
 * a problem, says what to fix and shows no result at all.
 */

/** A benchmark as the page hands it over. */
interface CheckedBenchmark {
	id: Figure['field'];
	name: string;
	bars: Bar[];
}

interface CheckData {
	benchmarks: CheckedBenchmark[];
	/** Series names by id. */
	series: Record<string, string>;
}

const form = document.querySelector<HTMLFormElement>('[data-benchmark-check]');
const result = document.querySelector<HTMLElement>('[data-benchmark-result]');
const source = document.getElementById('benchmark-check-data');

if (form && result && source) {
	const data = JSON.parse(source.textContent ?? '{}') as CheckData;
	const inputs = new Map(
		BENCHMARK_FIELDS.map((field) => [field, form.querySelector<HTMLInputElement>(`#${field}`)!]),
	);
	const texts = () =>
		Object.fromEntries(
			BENCHMARK_FIELDS.map((field) => [field, inputs.get(field)!.value]),
		) as Record<BenchmarkField, string>;

	const answer = (focusProblem: boolean) => {
		const { figures, errors } = readBenchmarkForm(texts());
		for (const [field, input] of inputs) setFieldMessage(input, errors[field]);

		const problem = BENCHMARK_FIELDS.find((field) => errors[field]);
		if (problem) {
			const count = Object.keys(errors).length;
			show(
				'problem',
				paragraph(
					`Check the ${count === 1 ? 'figure' : `${count} figures`} marked above: ` +
						'no result is shown until every figure reads.',
				),
			);
			if (focusProblem) inputs.get(problem)!.focus();
			return;
		}
		if (figures.length === 0) {
			show('problem', paragraph('Enter at least one figure.'));
			if (focusProblem) inputs.get(BENCHMARK_FIELDS[0])!.focus();
			return;
		}

		show('answer', element('h2', 'How your figures compare'), ...figures.map(figureResult));
	};

	/** One figure's verdict: a heading, a summary, and a line per Series bar. */
	const figureResult = (figure: Figure): HTMLElement => {
		const benchmark = data.benchmarks.find((candidate) => candidate.id === figure.field)!;
		const checks = checkBars(benchmark.bars, figure.value);
		const unit = benchmark.bars[0].threshold.unit;

		const section = element(
			'section',
			element('h3', `${benchmark.name}: ${formatFigure(figure.value, unit)}`),
		);
		section.className = 'figure-result';
		if (figure.computed) section.append(paragraph('Worked out from your quarter’s two amounts.'));
		section.append(paragraph(summarizeChecks(checks, data.series)));

		const list = element('ul');
		for (const check of checks) {
			const mark = element('span', check.cleared ? '✓' : '✗');
			mark.className = 'mark';
			mark.ariaHidden = 'true';
			const item = element(
				'li',
				mark,
				`${data.series[check.series]} (${check.text}): ${describeCheck(check)}`,
			);
			item.dataset.cleared = String(check.cleared);
			list.append(item);
		}
		section.append(list);
		return section;
	};

	/** Replaces the result: an answer, or what stands in the way of one. */
	const show = (state: 'answer' | 'problem', ...nodes: Node[]) => {
		result.replaceChildren(...nodes);
		result.dataset.state = state;
	};

	const initial = readQuery(location.search, BENCHMARK_FIELDS);
	for (const [field, input] of inputs) input.value = initial[field];
	form.hidden = false;
	document.querySelector<HTMLElement>('[data-needs-script]')?.setAttribute('hidden', '');
	if (BENCHMARK_FIELDS.some((field) => initial[field])) answer(false);

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		history.replaceState(null, '', `${location.pathname}${writeQuery(texts(), BENCHMARK_FIELDS)}`);
		answer(true);
	});

	form.addEventListener('reset', () => {
		history.replaceState(null, '', location.pathname);
		for (const input of inputs.values()) setFieldMessage(input, undefined);
		result.replaceChildren();
	});
}
