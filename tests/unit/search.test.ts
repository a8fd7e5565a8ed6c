import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { readSearchContent } from '../../src/integrations/search-content';
import { checkAnchors } from '../../src/integrations/search-index';
import { pageKind } from '../../src/lib/page-kind';
import { nameMatch, namedFirst } from '../../src/lib/search-order';
import { prepareForIndex, separateWords } from '../../src/lib/search-page';
import { recordUrl, rowRecords, type RowRecord } from '../../src/lib/search-records';
import { otherNames, synonymGroups } from '../../src/lib/synonyms';
import {
	benchmarkRowUrl,
	motionRowAnchor,
	motionsUrl,
	processRowUrl,
	segmentsUrl,
	termUrl,
} from '../../src/lib/urls';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const GROUPS = synonymGroups([
	{ id: 'nrr', term: 'NRR', expansion: 'Net revenue retention', aliases: ['net retention', 'NDR'] },
	{ id: 'cs', term: 'CS', expansion: 'Customer success', aliases: ['customer success'] },
	{ id: 'sdr', term: 'SDR', expansion: 'Sales development representative', aliases: [] },
	{ id: 'cac', term: 'CAC', expansion: 'Customer acquisition cost', aliases: [] },
	{ id: 'cac-payback', term: 'CAC payback', aliases: ['payback period'] },
]);

describe('pageKind', () => {
	it.each([
		['/playbooks/cpq-implementation/', 'playbook'],
		['/playbooks/', 'page'],
		['/processes/sales/territory-design/', 'process'],
		['/processes/', 'page'],
		['/matrices/', 'matrix'],
		['/matrices/sales/', 'matrix'],
		['/stages/scale/', 'stage'],
		['/metrics/arr/', 'metric'],
		['/tools/stage-finder/', 'tool'],
		['/transitions/build-to-stabilize/', 'transition'],
		['/glossary/', 'page'],
		['/', 'page'],
	])('calls %s a %s', (path, kind) => {
		expect(pageKind(path)).toBe(kind);
	});
});

describe('otherNames', () => {
	it('gives the other names of the terms a text uses, and not the ones it uses', () => {
		expect(otherNames('Keep NRR above 120%.', GROUPS)).toEqual([
			'Net revenue retention',
			'net retention',
			'NDR',
		]);
	});

	it('finds an acronym only as written, and other names in any case', () => {
		expect(otherNames('the cs team', GROUPS)).toEqual([]);
		expect(otherNames('the CS team', GROUPS)).toEqual(['Customer success']);
		expect(otherNames('NET RETENTION by cohort', GROUPS)).toContain('NRR');
	});

	it('counts a plural, and reads the longest name at a place', () => {
		expect(otherNames('Hire two SDRs', GROUPS)).toEqual(['Sales development representative']);
		expect(otherNames('CAC payback under 18 months', GROUPS)).toEqual(['payback period']);
	});

	it('lists a name once, whatever its case in the glossary', () => {
		const [group] = synonymGroups([
			{ id: 'cw', term: 'CW', expansion: 'Closed won', aliases: ['closed won', 'closed-won'] },
		]);
		expect(group.names).toEqual(['CW', 'Closed won', 'closed-won']);
	});
});

describe('nameMatch and namedFirst', () => {
	it('tells an exact name from one that holds every word, and from none', () => {
		expect(nameMatch('cpq', ['CPQ'])).toBe(2);
		expect(nameMatch('#29', ['CPQ Implementation', '29'])).toBe(2);
		expect(nameMatch('playbook 29', ['Playbook 29'])).toBe(2);
		expect(nameMatch('territory', ['Sales Territory Design'])).toBe(1);
		expect(nameMatch('health score', ['Health Scoring'])).toBe(1);
		expect(nameMatch('territory', ['Lead Routing'])).toBe(0);
		expect(nameMatch('', ['Anything'])).toBe(0);
	});

	it('puts exact names first, then names with every word, keeping the order in each', () => {
		const results = ['Quote to Cash', 'CPQ Implementation', 'CPQ', 'Deal Desk', 'CPQ'];
		expect(
			namedFirst(
				results.map((title, index) => ({ title, index })),
				'cpq',
				(r) => [r.title],
			),
		).toEqual([
			{ title: 'CPQ', index: 2 },
			{ title: 'CPQ', index: 4 },
			{ title: 'CPQ Implementation', index: 1 },
			{ title: 'Quote to Cash', index: 0 },
			{ title: 'Deal Desk', index: 3 },
		]);
	});
});

describe('rowRecords', () => {
	const content = readSearchContent(ROOT);
	const records = rowRecords(content);
	const ofKind = (kind: RowRecord['kind']) => records.filter((record) => record.kind === kind);

	it('makes one record per matrix row, benchmark, term, segment and PLG vs SLG row', () => {
		const rows = [...content.rows.values()].flat();
		const motionRows = content.motions.flatMap((motion) => motion.dimensions);

		expect(ofKind('matrix-row')).toHaveLength(rows.length);
		expect(ofKind('benchmark')).toHaveLength(content.benchmarks.length);
		expect(ofKind('term')).toHaveLength(content.glossary.length);
		expect(ofKind('segment')).toHaveLength(content.segments.length);
		expect(ofKind('motion-row')).toHaveLength(motionRows.length);
	});

	it('gives each record the address of its row, as src/lib/urls.ts builds it', () => {
		const urls = records.map(recordUrl);
		const expected = [
			...[...content.rows].flatMap(([matrix, rows]) =>
				rows.map((row) => processRowUrl(`${matrix}/${row.id}`)),
			),
			...content.benchmarks.map((row) => benchmarkRowUrl(row.id)),
			...content.glossary.map((term) => termUrl(term.id)),
			...content.segments.map((segment) => `${segmentsUrl()}#${segment.id}`),
			...content.motions.flatMap((motion) =>
				motion.dimensions.map((row) => `${motionsUrl()}#${motionRowAnchor(motion.stage, row.id)}`),
			),
		];
		expect(urls.sort()).toEqual(expected.sort());
	});

	it("indexes a matrix row's cells by stage, a dash as not applicable", () => {
		const territory = records.find(
			(record) => recordUrl(record) === processRowUrl('sales/territory-design'),
		)!;
		expect(territory.title).toBe('Territory Design');
		expect(territory.context).toBe('Sales Processes');
		expect(territory.text).toContain('Build: not applicable.');
		expect(territory.text).toContain('Platform: Multi-geo.');
	});

	it("indexes a term's expansion and other names with its definition", () => {
		const nrr = records.find((record) => recordUrl(record) === termUrl('nrr'))!;
		expect(nrr.title).toBe('NRR');
		expect(nrr.text).toContain('Net revenue retention');
		expect(nrr.text).toContain('net dollar retention');
	});
});

describe('prepareForIndex', () => {
	const page = (main: string) =>
		`<html lang="en"><head><title>T</title></head><body><nav>Menu</nav>` +
		`<main data-pagefind-body><h1>NRR by cohort</h1>${main}` +
		`<footer><a rel="next">30. Next playbook</a></footer><p class="source-credit">Credit</p></main></body></html>`;
	const prepare = (main: string, rowIds: string[] = []) =>
		prepareForIndex(page(main), { kind: 'metric', rowIds, meta: { number: '7' }, groups: GROUPS })!;

	it('leaves out a page Starlight keeps out of search', () => {
		const html = '<html><body><main><h1>Not found</h1></main></body></html>';
		expect(prepareForIndex(html, { kind: 'page', rowIds: [], groups: GROUPS })).toBeNull();
	});

	it('tags the page with its kind, its metadata and the other names of its title', () => {
		const { html } = prepare('<p>Text.</p>');
		expect(html).toContain('data-pagefind-filter="kind:metric"');
		expect(html).toContain('data-pagefind-meta="number:7"');
		expect(html).toContain('data-pagefind-meta="aka:Net revenue retention; net retention; NDR"');
	});

	it('keeps the names only its text uses apart, as mentions', () => {
		const { html } = prepare('<p>Our SDRs call.</p>');
		expect(html).toContain('data-pagefind-meta="mentions:Sales development representative"');
	});

	it('leaves out rows that are records of their own, the footer and the credit', () => {
		const { html, ids } = prepare('<table><tr id="arr"><td>ARR row</td></tr></table>', ['arr']);
		expect(html).toMatch(/<tr id="arr" data-pagefind-ignore="all">/);
		expect(html).toMatch(/<footer data-pagefind-ignore="all">/);
		expect(html).toMatch(/<p class="source-credit" data-pagefind-ignore="all">/);
		expect(ids.has('arr')).toBe(true);
	});

	it('keeps words in neighbouring cells and around arrows apart', () => {
		const { html } = prepare('<dl><dt>Stage</dt><dd>1 of 5</dd></dl>');
		expect(html).toContain('<dt>Stage </dt><dd>1 of 5 </dd>');
		expect(separateWords('Opp→CW Conversion')).toBe('Opp → CW Conversion');
	});
});

describe('checkAnchors', () => {
	const row: RowRecord = {
		kind: 'term',
		page: '/glossary/',
		anchor: 'nrr',
		title: 'NRR',
		context: 'Net revenue retention',
		text: 'Net revenue retention.',
	};

	it('passes when every row has its anchor on its page', () => {
		expect(() => checkAnchors([row], new Map([['/glossary/', new Set(['nrr'])]]))).not.toThrow();
	});

	it('stops the build, naming the row, when its page lacks the anchor', () => {
		expect(() => checkAnchors([row], new Map([['/glossary/', new Set(['arr'])]]))).toThrow(
			/1 row\(s\)[\s\S]*\/glossary\/#nrr \(term "NRR"\)[\s\S]*src\/lib\/search-records\.ts/,
		);
	});
});
