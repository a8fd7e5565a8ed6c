import { readFigure } from '../lib/figure-input';
import { readQuery, writeQuery } from '../lib/query-state';
import { findStage, STAGE_FINDER_RULES, type StageBands } from '../lib/stage-finder';
import { anchor, element, paragraph } from './dom';
import { setFieldMessage } from './field-message';

/**
 * The stage finder on /tools/stage-finder/. Without this script the form stays hidden and the
 * page shows the bands to read by eye; with it, the form appears, fills itself from the
 * address, and answers on submit, writing what was typed back to the address.
 */

/** A stage as the page hands it over: its bands, name and address. */
interface FinderStage extends StageBands {
	name: string;
	url: string;
	arr: StageBands['arr'] & { text: string };
	headcount: StageBands['headcount'] & { text: string };
}

const FIELDS = ['arr', 'headcount'] as const;

const form = document.querySelector<HTMLFormElement>('[data-stage-finder]');
const result = document.querySelector<HTMLElement>('[data-stage-result]');
const data = document.getElementById('stage-finder-data');

if (form && result && data) {
	const stages = JSON.parse(data.textContent ?? '[]') as FinderStage[];
	const inputs = Object.fromEntries(
		FIELDS.map((field) => [field, form.querySelector<HTMLInputElement>(`#${field}`)!]),
	) as Record<(typeof FIELDS)[number], HTMLInputElement>;
	const byId = new Map(stages.map((stage) => [stage.id, stage]));

	const answer = (focusProblem: boolean) => {
		const readings = {
			arr: readFigure(inputs.arr.value, STAGE_FINDER_RULES.arr),
			headcount: readFigure(inputs.headcount.value, STAGE_FINDER_RULES.headcount),
		};
		for (const field of FIELDS) {
			const reading = readings[field];
			setFieldMessage(inputs[field], reading.status === 'invalid' ? reading.message : undefined);
		}

		const invalid = FIELDS.filter((field) => readings[field].status === 'invalid');
		if (invalid.length > 0) {
			const which = invalid.length === 1 ? 'figure' : 'figures';
			const until = invalid.length === 1 ? 'it reads' : 'they read';
			show(`Check the ${which} marked above: the finder gives no answer until ${until}.`);
			if (focusProblem) inputs[invalid[0]].focus();
			return;
		}

		const value = (field: (typeof FIELDS)[number]) => {
			const reading = readings[field];
			return reading.status === 'valid' ? reading.value : undefined;
		};
		const placement = findStage(stages, { arr: value('arr'), headcount: value('headcount') });
		if (!placement) {
			show('Enter your ARR, your headcount, or both.');
			if (focusProblem) inputs.arr.focus();
			return;
		}

		const stage = byId.get(placement.stage)!;
		const lines = [
			paragraph('You are at the ', element('strong', `${stage.name} stage`), '.'),
			placement.placedBy === 'arr'
				? paragraph(`ARR of ${dollars(value('arr')!)} is in its band, ${stage.arr.text}.`)
				: paragraph(
						`A headcount of ${value('headcount')} is in its band, ${stage.headcount.text} people. ` +
							'Add your ARR for a firmer answer: when it is given, ARR decides.',
					),
		];
		if (placement.disagree) {
			const other = byId.get(placement.byHeadcount!)!;
			lines.push(
				paragraph(
					`Your headcount alone would say ${other.name} (${other.headcount.text} people), `,
					'but ARR decides. ',
					anchor(`The ${other.name} stage`, other.url),
				),
			);
		}
		lines.push(paragraph(anchor(`What to run and measure at ${stage.name}`, stage.url)));
		lines[0].className = 'stage-answer';
		result.replaceChildren(...lines);
		result.dataset.state = 'answer';
	};

	/** Replaces the result with what stands in the way of an answer. */
	const show = (problem: string) => {
		result.replaceChildren(paragraph(problem));
		result.dataset.state = 'problem';
	};

	const initial = readQuery(location.search, FIELDS);
	for (const field of FIELDS) inputs[field].value = initial[field];
	form.hidden = false;
	document.querySelector<HTMLElement>('[data-needs-script]')?.setAttribute('hidden', '');
	if (FIELDS.some((field) => initial[field])) answer(false);

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = { arr: inputs.arr.value, headcount: inputs.headcount.value };
		history.replaceState(null, '', `${location.pathname}${writeQuery(values, FIELDS)}`);
		answer(true);
	});

	form.addEventListener('reset', () => {
		history.replaceState(null, '', location.pathname);
		for (const field of FIELDS) setFieldMessage(inputs[field], undefined);
		result.replaceChildren();
	});
}

/** "$1,500,000": every digit, since a rounded "$1M" could hide which side of an edge it is. */
function dollars(value: number): string {
	return `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)}`;
}
