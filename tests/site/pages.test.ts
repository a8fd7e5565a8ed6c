import { describe, expect, it } from 'vitest';

import { builtPages, loadPage } from '../support/built-site';
import { readTable } from '../support/html-table';
import {
	categories,
	matrices,
	matrixRows,
	metrics,
	playbooks,
	readJson,
	stages,
} from '../support/content';

// What each generated page says, checked against the content it comes from.

const pages = new Map(builtPages().map((page) => [page.path, page]));

function page(path: string) {
	const found = pages.get(path);
	if (!found) throw new Error(`The build has no page ${path}`);
	return loadPage(found);
}

/** The main content's text, without screen-reader-only words, as one line. */
function mainText(path: string) {
	const $ = page(path);
	$('main .sr-only, main script, main style').remove();
	return $('main').text().replace(/\s+/g, ' ');
}

const NOT_APPLICABLE = '—';
const allRows = matrices().flatMap((matrix) =>
	matrixRows(matrix.id).map((row) => ({ ...row, matrix, processId: `${matrix.id}/${row.id}` })),
);

describe('stage pages', () => {
	for (const [index, stage] of stages().entries()) {
		it(`${stage.name} lists every process that applies, with its cell at this stage`, () => {
			const $ = page(`/stages/${stage.id}/`);

			expect($('h1').text().trim()).toBe(`${stage.name} stage`);
			for (const row of allRows) {
				const link = $(`main a[href="/processes/${row.processId}/"]`).first();
				expect(link.length, `${row.name} is linked`).toBe(1);

				const item = link.closest('li, div');
				const cell = row.cells[stage.id];
				if (cell === NOT_APPLICABLE) {
					// Listed under "Not yet" (or "Not measured yet"), not as something to run.
					expect(link.closest('p').text(), row.name).toMatch(/^\s*Not (yet|measured yet)/);
				} else {
					const shown = item.find(`a[href="/matrices/${row.matrix.id}/#${row.id}--${stage.id}"]`);
					expect(shown.text().trim(), `${row.name} at ${stage.name}`).toBe(cell);
				}
			}

			const previous = stages()[index - 1];
			const next = stages()[index + 1];
			expect($('a[rel="prev"]').attr('href')).toBe(previous && `/stages/${previous.id}/`);
			expect($('a[rel="next"]').attr('href')).toBe(next && `/stages/${next.id}/`);
		});
	}

	it('Scale says what changed since Stabilize, and what starts there', () => {
		const text = mainText('/stages/scale/');

		expect(text).toContain('Territory Design: Essential Was — or Consider at Stabilize');
		expect(text).toContain('ABM: Consider New at this stage');
	});

	it('each stage shows its band and main challenge', () => {
		for (const stage of readJson('stages.json')) {
			const text = mainText(`/stages/${stage.id}/`);
			expect(text).toContain(stage.arr.text);
			expect(text).toContain(stage.headcount.text);
			expect(text).toContain(stage.challenge);
		}
	});

	it('CPQ Implementation starts at Optimize, where CPQ first applies', () => {
		const $ = page('/stages/optimize/');
		expect($('#playbooks').nextAll('ul').first().text()).toContain('CPQ Implementation');
	});
});

describe('process pages', () => {
	for (const row of allRows) {
		it(`${row.processId} follows the row through the five stages`, () => {
			const $ = page(`/processes/${row.processId}/`);
			const items = $('main ol.timeline > li').toArray();

			expect(items).toHaveLength(stages().length);
			items.forEach((item, index) => {
				const stage = stages()[index];
				const value = $(item).find(`a[href="/matrices/${row.matrix.id}/#${row.id}--${stage.id}"]`);
				const shown = value.find('[aria-hidden="true"]').text() || value.text();
				expect($(item).find('a').first().text().trim()).toBe(stage.name);
				expect(shown.trim(), `${row.name} at ${stage.name}`).toBe(row.cells[stage.id]);
			});
		});
	}

	it('links a process to the same process in another matrix and in PLG vs SLG', () => {
		const territory = page('/processes/sales/territory-design/');
		expect(territory('a[href="/plg-vs-slg/#scale-territory-design"]').length).toBe(1);

		const csPlatform = page('/processes/customer-success/cs-platform/');
		expect(csPlatform('a[href="/processes/tech-stack/cs-platform/"]').length).toBeGreaterThan(0);
		expect(csPlatform('h1').text()).toBe('CS Platform (Customer success)');
	});

	it('lists the playbooks that name the process', () => {
		const $ = page('/processes/tech-stack/cpq/');
		for (const playbook of playbooks().filter((entry) => entry.processes.includes('tech-stack/cpq'))) {
			expect($(`main a[href="/playbooks/${playbook.slug}/"]`).length, playbook.title).toBe(1);
		}
	});
});

describe('playbook pages', () => {
	const categoryNames = new Map(categories().map((category) => [category.id, category.name]));
	const all = playbooks();

	for (const [index, playbook] of all.entries()) {
		it(`${playbook.number}. ${playbook.title} has its facts and links`, () => {
			const $ = page(`/playbooks/${playbook.slug}/`);
			const text = mainText(`/playbooks/${playbook.slug}/`);

			expect($('h1').text().trim()).toBe(playbook.title);
			expect(text).toContain(`Playbook ${playbook.number} · ${categoryNames.get(playbook.category)}`);
			expect(text).toContain(playbook.summary);
			expect(text.includes('not in the appendix’s list')).toBe(!playbook.inAppendix);
			for (const id of playbook.processes) {
				expect($(`main a[href="/processes/${id}/"]`).length, id).toBe(1);
			}
			for (const id of playbook.metrics) {
				expect($(`main a[href="/metrics/${id}/"]`).length, id).toBe(1);
			}
			for (const id of playbook.related) {
				expect($(`main a[href="/playbooks/${id}/"]`).length, id).toBeGreaterThan(0);
			}
			expect($('a[rel="prev"]').attr('href')).toBe(all[index - 1] && `/playbooks/${all[index - 1].slug}/`);
			expect($('a[rel="next"]').attr('href')).toBe(all[index + 1] && `/playbooks/${all[index + 1].slug}/`);
			expect($('meta[name="description"]').attr('content')).toBe(playbook.summary);
		});
	}

	it('the index carries each playbook’s facets for the filters, all of them shown', () => {
		const $ = page('/playbooks/');
		const items = $('[data-playbook]');

		expect(items.length).toBe(all.length);
		expect(items.filter('[hidden]').length).toBe(0);
		expect($('form[data-playbook-filter]').attr('hidden')).toBeDefined();

		const cpq = items.filter((_, item) => $(item).find('a').attr('href') === '/playbooks/cpq-implementation/');
		expect(cpq.attr('data-function')).toBe('sales revops');
		expect(cpq.attr('data-complexity')).toBe('advanced');
		expect(cpq.attr('data-stage')).toBe('optimize');
	});
});

describe('metric pages', () => {
	for (const metric of metrics()) {
		it(`${metric.name} shows its definition, its focus rows and its lost cells as unknown`, () => {
			const $ = page(`/metrics/${metric.id}/`);
			const text = mainText(`/metrics/${metric.id}/`);

			expect($('h1').text().trim()).toBe(metric.name);
			expect(text).toContain(metric.definition);
			expect(text).toContain(metric.whyItMatters);
			for (const id of metric.focus) {
				expect($(`main a[href="/processes/${id}/"]`).length, id).toBeGreaterThan(0);
			}
			const when = $('main table').filter((_, table) => $(table).find('caption').text() === 'When each metric matters');
			expect(when.find('td').toArray().map((cell) => $(cell).text().trim())).toEqual(
				stages().map(() => 'Not published'),
			);
		});
	}

	it('Net Retention shows its benchmark bars, each linked to its row', () => {
		const $ = page('/metrics/net-retention/');
		const table = $('main table').filter((_, candidate) =>
			$(candidate).find('caption').text().includes('by funding round'),
		);
		const { columns, rows } = readTable($, table.get(0)!);

		expect(columns).toEqual(['Metric', 'Series A', 'Series B', 'Series C+']);
		expect(rows.map(({ header, cells }) => [header, ...cells])).toEqual([
			['NRR', '100%+', '105%+', '110%+'],
		]);
		expect(table.find('a[href="/benchmarks/#nrr"]').length).toBe(1);
	});
});

describe('the glossary', () => {
	it('gives every term an anchor, its expansion and its definition', () => {
		const $ = page('/glossary/');
		for (const term of readJson('glossary.json')) {
			const entry = $(`[id="${term.id}"]`);
			expect(entry.find('dfn').text(), term.id).toBe(term.term);
			expect(entry.text()).toContain(term.definition);
			if (term.expansion) expect(entry.text()).toContain(term.expansion);
		}
	});

	it('is linked from the first use of a term on other pages, once per term', () => {
		const $ = page('/playbooks/cpq-implementation/');
		const links = $('main a.term-link').toArray().map((link) => $(link).attr('href'));

		expect(links).toContain('/glossary/#cpq');
		expect(new Set(links).size).toBe(links.length);
	});
});

describe('every page', () => {
	it('has a title and a description for search results and link previews', () => {
		for (const built of pages.values()) {
			const $ = loadPage(built);
			const description = $('meta[name="description"]').attr('content') ?? '';
			expect(description.length, `${built.path} description`).toBeGreaterThan(40);
			expect($('h1').length, `${built.path} h1`).toBe(1);
		}
	});

	it('is titled after its own subject, then the site; the home page after the site alone', () => {
		const site = 'GTM OS Reference';
		for (const built of pages.values()) {
			const title = loadPage(built)('title').text();
			if (built.path === '/') expect(title).toBe(site);
			else expect(title, built.path).toMatch(new RegExp(`^(?!${site} )[^|]+ \\| ${site}$`));
		}
		const cpq = page('/playbooks/cpq-implementation/');
		expect(cpq('title').text()).toBe(`CPQ Implementation | ${site}`);
	});

	it('keeps the sidebar to sections and their index pages', () => {
		const $ = page('/playbooks/cpq-implementation/');
		const links = $('#starlight__sidebar a').toArray().map((link) => $(link).attr('href')!);

		expect(links.length).toBeLessThanOrEqual(30);
		expect(links.filter((href) => /^\/(playbooks|processes)\/.+\//.test(href))).toEqual([]);
	});

	it('never shows the notice Starlight puts on drafts, the 404 page included', () => {
		expect(pages.has('/404.html')).toBe(true);
		for (const built of pages.values()) {
			expect(loadPage(built)('main').text(), built.path).not.toMatch(/content is a draft/i);
		}
	});

	it('credits the source in the footer', () => {
		for (const built of pages.values()) {
			const $ = loadPage(built);
			expect($('.source-credit a').attr('href'), built.path).toBe(
				'https://playbooks.leanscale.team/gtm-os/reference/appendix',
			);
		}
	});
});
