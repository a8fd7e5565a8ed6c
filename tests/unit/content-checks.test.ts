import { renameSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent, formatProblems } from '../../src/content-checks';
import { copyContent, PROJECT_ROOT } from './support/content-copy';

const SALES = 'content/processes/sales.json';

/** The one problem a broken copy of the content has; fails if it has none, or several. */
function onlyProblem(root: string) {
	const problems = checkContent(root);
	expect(problems, formatProblems(problems)).toHaveLength(1);
	return problems[0];
}

describe('content checks on the real content', () => {
	it('finds no problem', () => {
		const problems = checkContent(PROJECT_ROOT);
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});

describe('content checks on broken content', () => {
	it('reports malformed JSON with the file and the place to fix', () => {
		const content = copyContent();
		content.editText(SALES, (text) => text.replace('"Hypothesis",', '"Hypothesis"'));

		const problem = onlyProblem(content.root);
		expect(problem.file).toBe(SALES);
		expect(problem.message).toMatch(/^The file is not valid JSON: .*line \d+ column \d+/);
		expect(problem.message).toMatch(/Fix the syntax there\.$/);
	});

	it('reports malformed frontmatter in a playbook with its line', () => {
		const content = copyContent();
		const file = 'content/playbooks/cpq-implementation.mdx';
		content.editText(file, (text) => text.replace('title: CPQ Implementation', 'title: CPQ: Implementation'));

		const problem = onlyProblem(content.root);
		expect(problem.file).toBe(file);
		expect(problem.message).toMatch(/^The frontmatter is not valid YAML \(line \d+\)/);
	});

	it('reports an id used twice, naming the entry and asking for a rename', () => {
		const content = copyContent();
		content.editJson(SALES, (rows) => [...rows, { ...rows[0] }]);

		expect(onlyProblem(content.root)).toEqual({
			file: SALES,
			entry: 'sales/icp-personas',
			field: 'id',
			message:
				'The id "sales/icp-personas" is already used earlier in this file. Ids are links, so each processes entry needs its own: rename this one.',
			rule: 'unique-ids',
		});
	});

	it('reports a reference to a process that does not exist, with the likely one', () => {
		const content = copyContent();
		const file = 'content/playbooks/cpq-implementation.mdx';
		content.editText(file, (text) => text.replace('tech-stack/cpq]', 'tech-stack/cqp]'));

		expect(onlyProblem(content.root)).toEqual({
			file,
			entry: 'cpq-implementation',
			field: 'processes[1]',
			message: 'There is no processes entry "tech-stack/cqp". Did you mean "tech-stack/cpq"?',
			rule: 'references',
		});
	});

	it('reports a related playbook that does not exist', () => {
		const content = copyContent();
		const file = 'content/playbooks/cpq-implementation.mdx';
		content.editText(file, (text) => text.replace('related: [', 'related: [no-such-playbook, '));

		const problem = onlyProblem(content.root);
		expect(problem).toMatchObject({ file, field: 'related[0]', rule: 'references' });
		expect(problem.message).toMatch(/^There is no playbooks entry "no-such-playbook"\./);
	});

	it('reports a playbook number used twice, with the numbers that are free', () => {
		const content = copyContent();
		const file = 'content/playbooks/quote-to-cash.mdx';
		content.editText(file, (text) => text.replace('number: 61', 'number: 29'));

		const problems = checkContent(content.root);
		expect(problems.map((problem) => problem.rule)).toEqual(['numbering', 'numbering']);
		expect(problems[0]).toMatchObject({ file, entry: 'quote-to-cash', field: 'number' });
		expect(problems[0].message).toBe(
			'29 is already the number of "cpq-implementation". Each playbook has its own; free: 61.',
		);
		expect(problems[1].message).toBe(
			'No playbook has number 61. Each of 1 to 68 is used once: add the missing one.',
		);
	});

	it.each([0, 69, 2.5])('reports playbook number %s as outside 1-68', (number) => {
		const content = copyContent();
		const file = 'content/playbooks/gtm-diagnostic.mdx';
		content.editText(file, (text) => text.replace('number: 66', `number: ${number}`));

		const problems = checkContent(content.root);
		expect(problems[0]).toMatchObject({ file, entry: 'gtm-diagnostic', field: 'number', rule: 'schema' });
		expect(problems[0].message).toMatch(/1 to 68|whole number|integer/i);
	});

	it('reports a stage key that is not one of the five, with the one meant', () => {
		const content = copyContent();
		content.editJson(SALES, (rows) => {
			const { scale, ...rest } = rows[6].cells;
			rows[6].cells = { ...rest, scal: scale };
		});

		const problems = checkContent(content.root);
		expect(problems).toContainEqual({
			file: SALES,
			entry: 'sales/territory-design',
			field: 'cells',
			message:
				'"scal" is not a stage of cells. Use one of: build, stabilize, scale, optimize, platform. Did you mean "scale"?',
			rule: 'schema',
		});
	});

	it('reports a row missing a stage', () => {
		const content = copyContent();
		content.editJson(SALES, (rows) => {
			delete rows[7].cells.platform;
		});

		expect(onlyProblem(content.root)).toEqual({
			file: SALES,
			entry: 'sales/commission-plan',
			field: 'cells.platform',
			message: `This stage has no value. Add the cell's text, or "—" where it does not apply.`,
			rule: 'schema',
		});
	});

	it('reports an unknown key in an entry, naming the keys allowed', () => {
		const content = copyContent();
		content.editJson('content/segments.json', (segments) => {
			segments[0].acvBnad = segments[0].acvBand;
		});

		const problem = onlyProblem(content.root);
		expect(problem).toMatchObject({ file: 'content/segments.json', entry: 'smb', rule: 'schema' });
		expect(problem.message).toBe(
			'"acvBnad" is not a field of segment. Use one of: id, order, name, customerSize, acvBand. Did you mean "acvBand"?',
		);
	});

	it('reports an unknown key in a playbook frontmatter', () => {
		const content = copyContent();
		const file = 'content/playbooks/cpq-implementation.mdx';
		content.editText(file, (text) => text.replace('inAppendix: true', 'inAppendix: true\nowner: sales-ops'));

		const problem = onlyProblem(content.root);
		expect(problem).toMatchObject({ file, entry: 'cpq-implementation', rule: 'schema' });
		expect(problem.message).toMatch(/^"owner" is not a field of playbook\. Use one of: number, title/);
	});

	it('reports a benchmark threshold that does not parse', () => {
		const content = copyContent();
		content.editJson('content/benchmarks.json', (rows) => {
			rows[4].values['series-b'].threshold.value = '18 months';
		});

		expect(onlyProblem(content.root)).toEqual({
			file: 'content/benchmarks.json',
			entry: 'cac-payback',
			field: 'values.series-b.threshold.value',
			message: 'Expected a number, found the text "18 months".',
			rule: 'schema',
		});
	});

	it('reports a benchmark threshold with an unknown bound', () => {
		const content = copyContent();
		content.editJson('content/benchmarks.json', (rows) => {
			rows[1].values['series-a'].threshold.bound = 'minimum';
		});

		const problem = onlyProblem(content.root);
		expect(problem).toMatchObject({ entry: 'growth-rate', field: 'values.series-a.threshold.bound' });
		expect(problem.message).toBe('A threshold needs "bound": "floor", "ceiling" or "range".');
	});

	it('reports a benchmark threshold that disagrees with its source text', () => {
		const content = copyContent();
		content.editJson('content/benchmarks.json', (rows) => {
			rows[2].values['series-c-plus'].threshold.value = 100;
		});

		const problem = onlyProblem(content.root);
		expect(problem).toMatchObject({
			entry: 'nrr',
			field: 'values.series-c-plus.threshold',
			rule: 'benchmark-text',
		});
		expect(problem.message).toBe(
			'The threshold does not match the text "110%+". Set it to {"bound":"floor","value":110,"unit":"percent","inclusive":true}.',
		);
	});

	it('refuses a value in "When Each Metric Matters", which the source lost', () => {
		const content = copyContent();
		content.editJson('content/metrics.json', (metrics) => {
			metrics[0].whenItMatters.stages.scale = 'Essential';
		});

		expect(onlyProblem(content.root)).toMatchObject({
			entry: 'arr',
			field: 'whenItMatters.stages.scale',
			message: 'The source did not keep this value. Leave it null: the site must not guess it.',
		});
	});

	it('reports a matrix file that names no matrix, and the matrix left without rows', () => {
		const content = copyContent();
		renameSync(join(content.root, SALES), join(content.root, 'content/processes/sale.json'));

		// References to the renamed rows fail too; the file's name is the problem to fix.
		const problems = checkContent(content.root).filter((problem) => problem.rule === 'matrix-files');
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatchObject({ file: 'content/processes/sale.json' });
		expect(problems[0].message).toMatch(/^"sale" is not a matrix in content\/matrices.json\./);
		expect(problems[1]).toMatchObject({ file: 'content/matrices.json', entry: 'sales' });
	});

	it('reports an order used twice in a table the pages list in order', () => {
		const content = copyContent();
		content.editJson('content/segments.json', (segments) => {
			segments[2].order = 1;
		});

		const problems = checkContent(content.root);
		expect(problems.map((problem) => problem.rule)).toEqual(['numbering', 'numbering']);
		expect(problems[0]).toMatchObject({
			file: 'content/segments.json',
			entry: 'enterprise',
			field: 'order',
			message: '1 is already the order of "smb". Each segment has its own; free: 3.',
		});
	});

	it('reports stages out of order', () => {
		const content = copyContent();
		content.editJson('content/stages.json', (stages) => [stages[1], stages[0], ...stages.slice(2)]);

		const problems = checkContent(content.root);
		expect(problems.map((problem) => problem.rule)).toEqual(['stage-list', 'stage-list']);
		expect(problems[0].message).toMatch(/^The stages must be listed in order/);
	});

	it('reports a glossary name that two terms claim', () => {
		const content = copyContent();
		content.editJson('content/glossary.json', (terms) => {
			terms.find((term: { id: string }) => term.id === 'grr').aliases.push('net retention');
		});

		expect(onlyProblem(content.root)).toEqual({
			file: 'content/glossary.json',
			entry: 'nrr',
			field: 'aliases[1]',
			message: '"net retention" is already a name of the term "grr". Keep it in one place only.',
			rule: 'glossary-names',
		});
	});

	it('reports an acronym the glossary does not define, in a playbook body', () => {
		const content = copyContent();
		const file = 'content/playbooks/cpq-implementation.mdx';
		content.editText(file, (text) => `${text}\nIt also feeds the ARR waterfall and the QBR deck.\n`);

		expect(onlyProblem(content.root)).toEqual({
			file,
			entry: 'cpq-implementation',
			message:
				'"QBR" is not in content/glossary.json. Add a term for each (or an alias to an existing term), so readers can look it up.',
			rule: 'acronyms-defined',
		});
	});

	it('reports a reference from a glossary term to a metric that does not exist', () => {
		const content = copyContent();
		content.editJson('content/glossary.json', (terms) => {
			terms.find((term: { id: string }) => term.id === 'nrr').metric = 'nrr';
		});

		expect(onlyProblem(content.root)).toMatchObject({
			file: 'content/glossary.json',
			entry: 'nrr',
			field: 'metric',
			rule: 'references',
		});
	});

	it('formats problems grouped by file, each with its entry, field and fix', () => {
		const content = copyContent();
		content.editJson(SALES, (rows) => {
			delete rows[7].cells.platform;
		});

		expect(formatProblems(checkContent(content.root))).toMatchInlineSnapshot(`
			"The content has 1 problem. The site was not built.

			content/processes/sales.json
			  entry "sales/commission-plan", field cells.platform (schema)
			    This stage has no value. Add the cell's text, or "—" where it does not apply.

			Fix each one, then build again. The README explains how content is laid out."
		`);
	});
});
