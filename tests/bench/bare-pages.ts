import { readFileSync } from 'node:fs';

import {
	categories,
	matrices,
	matrixRows,
	metrics,
	playbooks,
	readJson,
	stages,
	type Playbook,
} from '../support/content.ts';

/**
 * The bare Starlight site's pages: for each page of ours, a Markdown page at the same address
 * with the same tables, as Markdown tables, and little else. Keyed by path under
 * src/content/docs, without ".md".
 */
export function barePages(): Map<string, string> {
	return new Map([
		...stagePages(),
		...matrixPages(),
		...processPages(),
		...playbookPages(),
		...metricPages(),
		...tablePages(),
	]);
}

interface StageData {
	id: string;
	name: string;
	challenge: string;
	arr: { text: string };
	headcount: { text: string };
}

interface MotionData {
	stage: string;
	summary: string;
	dimensions: { name: string; plg: string; slg: string }[];
}

interface BenchmarkData {
	name: string;
	metric: string;
	values: Record<string, { text: string } | undefined>;
}

const stageData = () => readJson<StageData[]>('stages.json');
const stageNames = () => stages().map(({ name }) => name);

function stagePages(): [string, string][] {
	const bands = table(
		['Stage', 'ARR', 'Headcount', 'Main challenge'],
		stageData().map((stage) => [
			link(stage.name, `/stages/${stage.id}/`),
			stage.arr.text,
			stage.headcount.text,
			stage.challenge,
		]),
	);

	return [
		['index', page('GTM OS Reference', 'The GTM OS by company stage.', bands)],
		['stages/index', page('Stages', 'The five stages of the GTM OS.', bands)],
		...stageData().map((stage): [string, string] => {
			const processes = matrices().map((matrix) =>
				section(
					matrix.title,
					table(
						[matrix.rowHeader, stage.name],
						matrixRows(matrix.id).map((row) => [
							link(row.name, `/processes/${matrix.id}/${row.id}/`),
							row.cells[stage.id],
						]),
					),
				),
			);
			const band = `ARR ${stage.arr.text}, headcount ${stage.headcount.text}.`;
			const body = blocks(escape(stage.challenge), band, ...processes, motionTable(stage.id));
			return [`stages/${stage.id}`, page(`${stage.name} stage`, stage.challenge, body)];
		}),
	];
}

function matrixTable(matrixId: string, rowHeader: string): string {
	return table(
		[rowHeader, ...stageNames()],
		matrixRows(matrixId).map((row) => [row.name, ...stages().map((stage) => row.cells[stage.id])]),
	);
}

function matrixPages(): [string, string][] {
	const maturity = readJson<{ symbol: string; meaning: string }[]>('maturity.json');
	const key = section(
		'Maturity key',
		table(
			['Symbol', 'Meaning'],
			maturity.map((entry) => [entry.symbol, entry.meaning]),
		),
	);
	const all = matrices().map((matrix) =>
		section(matrix.title, matrixTable(matrix.id, matrix.rowHeader)),
	);

	return [
		[
			'matrices/index',
			page('Process matrices', 'Every matrix of the GTM OS.', blocks(key, ...all)),
		],
		...matrices().map((matrix): [string, string] => [
			`matrices/${matrix.id}`,
			page(matrix.title, `The ${matrix.title} matrix.`, matrixTable(matrix.id, matrix.rowHeader)),
		]),
	];
}

function processPages(): [string, string][] {
	const index = matrices().map((matrix) =>
		section(
			matrix.title,
			list(
				matrixRows(matrix.id).map((row) => link(row.name, `/processes/${matrix.id}/${row.id}/`)),
			),
		),
	);

	return [
		['processes/index', page('Processes', 'Every process of the matrices.', blocks(...index))],
		...matrices().flatMap((matrix) =>
			matrixRows(matrix.id).map((row): [string, string] => {
				const id = `${matrix.id}/${row.id}`;
				const usedBy = playbooks().filter((playbook) => playbook.processes.includes(id));
				const body = blocks(
					table(
						['Stage', row.name],
						stages().map((stage) => [stage.name, row.cells[stage.id]]),
					),
					section('Playbooks', list(usedBy.map(playbookLink)) || 'None.'),
				);
				return [`processes/${id}`, page(row.name, `${row.name}, ${matrix.title}.`, body)];
			}),
		),
	];
}

const playbookLink = (playbook: Playbook) => link(playbook.title, `/playbooks/${playbook.slug}/`);

function playbookPages(): [string, string][] {
	const categoryNames = new Map(categories().map((category) => [category.id, category.name]));
	const categoryOf = (playbook: Playbook) =>
		categoryNames.get(playbook.category) ?? playbook.category;

	const index = table(
		['#', 'Playbook', 'Category', 'Summary'],
		playbooks().map((playbook) => [
			String(playbook.number),
			playbookLink(playbook),
			categoryOf(playbook),
			playbook.summary,
		]),
	);

	return [
		['playbooks/index', page('Playbooks', 'Every GTM OS playbook.', index)],
		...playbooks().map((playbook): [string, string] => {
			const facts = table(
				['Fact', 'Value'],
				[
					['Number', String(playbook.number)],
					['Category', categoryOf(playbook)],
					['Function', playbook.facets.function.join(', ')],
					['Complexity', playbook.facets.complexity],
					['Processes', playbook.processes.map((id) => link(id, `/processes/${id}/`)).join(', ')],
					['Related', playbook.related.map((id) => link(id, `/playbooks/${id}/`)).join(', ')],
				],
			);
			const body = blocks(facts, section('Description', playbookBody(playbook)));
			return [`playbooks/${playbook.slug}`, page(playbook.title, playbook.summary, body)];
		}),
	];
}

/** A playbook's MDX body, which is plain Markdown. */
function playbookBody(playbook: Playbook): string {
	const file = new URL(`../../content/playbooks/${playbook.slug}.mdx`, import.meta.url);
	return readFileSync(file, 'utf8')
		.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
		.trim();
}

const series = () => readJson<{ id: string; name: string }[]>('series.json');
const benchmarkRow = (benchmark: BenchmarkData) => [
	benchmark.name,
	...series().map((entry) => benchmark.values[entry.id]?.text ?? ''),
];

function metricPages(): [string, string][] {
	const benchmarks = readJson<BenchmarkData[]>('benchmarks.json');
	const power10 = table(
		['#', 'Metric', 'Definition', 'Why it matters'],
		metrics().map((metric) => [
			String(metric.number),
			link(metric.name, `/metrics/${metric.id}/`),
			metric.definition,
			metric.whyItMatters,
		]),
	);
	const whenItMatters = table(
		['Metric', ...stageNames()],
		metrics().map((metric) => [
			metric.whenItMatters.label,
			...stages().map(() => 'Not given in the source'),
		]),
	);

	return [
		[
			'metrics/index',
			page(
				'Metrics',
				'The Power 10 metrics.',
				blocks(power10, section('When each metric matters', whenItMatters)),
			),
		],
		...metrics().map((metric): [string, string] => {
			const rows = benchmarks.filter((entry) => entry.metric === metric.id).map(benchmarkRow);
			const benchmarkTable = table(['Benchmark', ...series().map(({ name }) => name)], rows);
			const body = blocks(
				escape(metric.definition),
				escape(metric.whyItMatters),
				rows.length > 0 ? section('Benchmarks', benchmarkTable) : '',
			);
			return [`metrics/${metric.id}`, page(metric.name, metric.definition, body)];
		}),
	];
}

function motionTable(stageId: string): string {
	const motion = readJson<MotionData[]>('motions.json').find((entry) => entry.stage === stageId);
	if (!motion) return '';

	const rows = motion.dimensions.map((dimension) => [dimension.name, dimension.plg, dimension.slg]);
	return blocks(
		escape(motion.summary),
		rows.length > 0 ? table(['Dimension', 'PLG', 'SLG'], rows) : '',
	);
}

function tablePages(): [string, string][] {
	const benchmarks = readJson<BenchmarkData[]>('benchmarks.json');
	const segments =
		readJson<{ name: string; customerSize: string; acvBand: string }[]>('segments.json');
	const glossary =
		readJson<{ term: string; expansion?: string; definition: string }[]>('glossary.json');

	const terms = glossary.map((entry) => {
		const expansion = entry.expansion ? `*${escape(entry.expansion)}.* ` : '';
		return section(entry.term, `${expansion}${escape(entry.definition)}`);
	});

	return [
		[
			'benchmarks',
			page(
				'Benchmarks',
				'Series A, B and C+ benchmarks.',
				table(['Metric', ...series().map(({ name }) => name)], benchmarks.map(benchmarkRow)),
			),
		],
		[
			'segments',
			page(
				'Customer segments',
				'SMB, Mid-Market and Enterprise.',
				table(
					['Segment', 'Customer size', 'ACV band'],
					segments.map((segment) => [segment.name, segment.customerSize, segment.acvBand]),
				),
			),
		],
		[
			'plg-vs-slg',
			page(
				'PLG vs SLG',
				'How the guidance differs by motion, stage by stage.',
				blocks(...stageData().map((stage) => section(stage.name, motionTable(stage.id)))),
			),
		],
		['glossary', page('Glossary', 'The terms and acronyms the GTM OS uses.', blocks(...terms))],
	];
}

// Markdown, just enough of it.

function page(title: string, description: string, body: string): string {
	const frontmatter = `title: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}`;
	return `---\n${frontmatter}\n---\n\n${body}\n`;
}

const blocks = (...parts: string[]) => parts.filter(Boolean).join('\n\n');

const section = (title: string, body: string) => `## ${escape(title)}\n\n${body}`;

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

/** A table; cells are escaped, except links this file made. */
function table(head: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const cell = (text: string) => (/^\[.*\/\)$/.test(text) ? text : escape(text));

	return [
		line(head.map(escape)),
		line(head.map(() => '---')),
		...rows.map((row) => line(row.map(cell))),
	].join('\n');
}

const link = (text: string, href: string) => `[${escape(text)}](${href})`;

/** What Markdown could take for syntax in a cell or heading: pipes, emphasis, HTML, brackets. */
const escape = (text: string) => text.replace(/([\\`*_[\]|<>#])/g, '\\$1').replaceAll('\n', ' ');
