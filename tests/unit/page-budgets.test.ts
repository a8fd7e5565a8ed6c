import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FRAME_SCRIPTS, KB, PAGE_BUDGETS, SITE_LIMITS } from '../budgets/budgets.ts';
import {
	checkBudgets,
	chunkName,
	kb,
	pageTypeOf,
	type BudgetRules,
	type TypedPage,
} from '../budgets/check-budgets.ts';
import { brotliSize } from '../budgets/compressed-size.ts';
import { measureSite } from '../budgets/measure-site.ts';

// The budget checker on a tiny built site of our own, with the faults planted that it exists
// to catch: a page over its budget, and a tool's script fetched by a page that does not use it.

const FRAME_JS = 'export const prefetch = () => document.body.dataset.ready = "yes";';
const SHARED_JS = 'export const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));';
const TOOL_JS = [
	'import { clamp } from "./shared.DDDDDDDD.js";',
	'document.querySelector("form").addEventListener("input", (e) => clamp(1, 2, 3));',
	'document.querySelector("button").addEventListener("click", () => import("./lazy.EEEEEEEE.js"));',
].join('\n');
const LAZY_JS = 'export const later = 1;';
const CSS = '@import url("./theme.FFFFFFFF.css");body{font:16px/1.5 system-ui}';
const THEME_CSS = '@font-face{font-family:Body;src:url("/fonts/body.woff2") format("woff2")}';
const PRINT_CSS = 'nav{display:none}';
const FONT = 'wOF2-pretend-font-bytes';

const head = (extra = '') =>
	[
		'<link rel="stylesheet" href="/_astro/site.BBBBBBBB.css">',
		'<link rel="stylesheet" href="/_astro/print.CCCCCCCC.css" media="print">',
		'<script type="module" src="/_astro/page.AAAAAAAA.js"></script>',
		'<script>document.documentElement.dataset.theme = "dark";</script>',
		extra,
	].join('\n');

const toolScript =
	'<script type="module" src="/_astro/StageFinder.astro_astro_type_script_index_0_lang.GGGGGGGG.js"></script>';

/** Text brotli cannot shrink much, so a page of it is as heavy as it looks. */
function noise(length: number): string {
	let seed = 42;
	let text = '';
	while (text.length < length) {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		text += seed.toString(36);
	}
	return text.slice(0, length);
}

const page = (title: string, extraHead = '', body = '') =>
	`<!doctype html><html><head><title>${title}</title>${head(extraHead)}</head>` +
	`<body><main><h1>${title}</h1>${body}</main></body></html>`;

const FILES: Record<string, string> = {
	'_astro/page.AAAAAAAA.js': FRAME_JS,
	'_astro/site.BBBBBBBB.css': CSS,
	'_astro/theme.FFFFFFFF.css': THEME_CSS,
	'_astro/print.CCCCCCCC.css': PRINT_CSS,
	'_astro/StageFinder.astro_astro_type_script_index_0_lang.GGGGGGGG.js': TOOL_JS,
	'_astro/shared.DDDDDDDD.js': SHARED_JS,
	'_astro/lazy.EEEEEEEE.js': LAZY_JS,
	'fonts/body.woff2': FONT,
	'index.html': page(
		'Home',
		'',
		'<img src="/logo.svg" alt=""><img src="/below.svg" loading="lazy" alt="">',
	),
	'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'below.svg': '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>',
	'playbooks/light/index.html': page('A light playbook'),
	'playbooks/heavy/index.html': page('A heavy playbook', '', `<p>${noise(20_000)}</p>`),
	'playbooks/leaky/index.html': page('A playbook with a tool script', toolScript),
	'tools/stage-finder/index.html': page('Stage finder', toolScript),
};

const BUDGETS = {
	home: { path: '/', total: 2 * KB, js: 1 * KB, html: 1 * KB },
	playbook: { path: '/playbooks/*/', total: 2 * KB, js: 1 * KB, html: 1 * KB },
	'stage-finder': {
		path: '/tools/stage-finder/',
		total: 3 * KB,
		js: 1 * KB,
		html: 1 * KB,
		scripts: ['StageFinder.astro', 'shared'],
	},
};

const RULES: BudgetRules = {
	budgets: BUDGETS,
	frameScripts: ['page'],
	limits: { total: 10 * KB, js: 5 * KB },
	file: 'budgets.ts',
};

let dist: string;
let pages: TypedPage[];

beforeAll(async () => {
	dist = mkdtempSync(join(tmpdir(), 'budget-dist-'));
	for (const [file, content] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dist, file)), { recursive: true });
		writeFileSync(join(dist, file), content);
	}
	pages = await measureSite(dist, BUDGETS);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const weightOf = (path: string) => pages.find(({ weight }) => weight.path === path)!.weight;
const size = (file: string) => brotliSize(FILES[file]);
const problemsOf = (path: string, pagesToCheck = pages) =>
	checkBudgets(pagesToCheck, RULES)
		.filter((problem) => problem.path === path)
		.map(({ message }) => message);

describe('weighing a page', () => {
	it('counts the HTML, blocking CSS with its imports and fonts, scripts and eager images', () => {
		const home = weightOf('/');

		expect(home.resources.map(({ url, kind }) => `${kind} ${url}`)).toEqual([
			'document /',
			'stylesheet /_astro/site.BBBBBBBB.css',
			'stylesheet /_astro/theme.FFFFFFFF.css',
			'font /fonts/body.woff2',
			'script /_astro/page.AAAAAAAA.js',
			'image /logo.svg',
		]);
		expect(home.nonBlocking.map(({ url }) => url)).toEqual(['/_astro/print.CCCCCCCC.css']);
		expect(home.requests).toBe(6);
	});

	it('adds brotli sizes: all of them for the total, the scripts for JavaScript', () => {
		const home = weightOf('/');
		const inline = brotliSize('document.documentElement.dataset.theme = "dark";');

		expect(home.html).toBe(size('index.html'));
		expect(home.js).toBe(size('_astro/page.AAAAAAAA.js') + inline);
		expect(home.total).toBe(
			size('index.html') +
				size('_astro/site.BBBBBBBB.css') +
				size('_astro/theme.FFFFFFFF.css') +
				size('fonts/body.woff2') +
				size('_astro/page.AAAAAAAA.js') +
				size('logo.svg'),
		);
	});

	it("follows a script's static imports, and leaves what it loads with import() for later", () => {
		const tool = weightOf('/tools/stage-finder/');

		expect(tool.resources.map(({ url }) => url)).toContain('/_astro/shared.DDDDDDDD.js');
		expect(tool.resources.map(({ url }) => url)).not.toContain('/_astro/lazy.EEEEEEEE.js');
		expect(tool.lazy).toEqual(['/_astro/lazy.EEEEEEEE.js']);
	});

	it('reports files the page refers to that the build lacks, and other origins', async () => {
		writeFileSync(
			join(dist, 'playbooks/light/index.html'),
			page(
				'Broken',
				'<script src="/_astro/gone.js"></script><link rel="stylesheet" href="https://cdn.example/x.css">',
			),
		);
		const broken = (await measureSite(dist, BUDGETS)).find(
			({ weight }) => weight.path === '/playbooks/light/',
		)!;
		writeFileSync(join(dist, 'playbooks/light/index.html'), FILES['playbooks/light/index.html']);

		expect(problemsOf('/playbooks/light/', [broken])).toEqual([
			'/playbooks/light/ (playbook) refers to /_astro/gone.js, which is not in the build.',
			'/playbooks/light/ (playbook) loads https://cdn.example/x.css from another origin before ' +
				'it is usable. Serve it from the site (or load it later) so the budget can weigh it.',
		]);
	});
});

describe('checking budgets', () => {
	it('passes pages within their budget that fetch only their own scripts', () => {
		expect(problemsOf('/playbooks/light/')).toEqual([]);
		expect(problemsOf('/tools/stage-finder/')).toEqual([]);
	});

	it('fails a page over its budget, with its address, figures and biggest resources', () => {
		const heavy = weightOf('/playbooks/heavy/');
		expect(heavy.total).toBeGreaterThan(2 * KB);

		const [message, ...others] = problemsOf('/playbooks/heavy/');
		expect(others).toEqual([]);
		expect(message.split('\n')).toEqual([
			`/playbooks/heavy/ (playbook) is over budget: before load ${kb(heavy.total)}, budget 2.0 KB; ` +
				`of HTML ${kb(heavy.html)}, budget 1.0 KB.`,
			expect.stringMatching(
				new RegExp(`^ {2}Biggest resources: /playbooks/heavy/ ${kb(heavy.html)} \\(document\\), `),
			),
			'  Make the page lighter, or raise the playbook budget in budgets.ts and say why.',
		]);
	});

	it("fails a page that fetches a tool's script, naming the script and what it imports", () => {
		const [tool, shared] = problemsOf('/playbooks/leaky/');

		expect(tool).toBe(
			'/playbooks/leaky/ (playbook) fetches the script "StageFinder.astro" ' +
				'(/_astro/StageFinder.astro_astro_type_script_index_0_lang.GGGGGGGG.js, ' +
				`${kb(size('_astro/StageFinder.astro_astro_type_script_index_0_lang.GGGGGGGG.js'))}), ` +
				'which no playbook page may load. If the page uses it, add "StageFinder.astro" to the ' +
				'scripts of playbook in budgets.ts; if not, find which component or import brings it here.',
		);
		expect(shared).toMatch(/^\/playbooks\/leaky\/ \(playbook\) fetches the script "shared" /);
	});

	it('holds every page to the site limits, whatever its type allows', () => {
		const generous = {
			...RULES,
			budgets: { ...BUDGETS, playbook: { ...BUDGETS.playbook, total: 50 * KB, html: 50 * KB } },
		};
		const problems = checkBudgets(pages, generous).map(({ message }) => message);

		expect(problems).toContain(
			'The playbook budget allows 50.0 KB before load, above the 10.0 KB no page may pass. ' +
				'Lower it in budgets.ts.',
		);
		const heavy = weightOf('/playbooks/heavy/');
		expect(heavy.total).toBeGreaterThan(10 * KB);
		expect(problems.find((message) => message.startsWith('/playbooks/heavy/'))).toContain(
			`before load ${kb(heavy.total)}, budget 10.0 KB`,
		);
	});

	it('says once for a type when many of its pages break the same rule', () => {
		const leaks = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
			type: 'playbook',
			weight: { ...weightOf('/playbooks/leaky/'), path: `/playbooks/${id}/` },
		}));
		const messages = checkBudgets(leaks, RULES)
			.map(({ message }) => message)
			.filter((message) => message.includes('"StageFinder.astro"'));

		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/\n {2}The same goes for 4 other playbook pages: \/playbooks\/b\/, \/playbooks\/c\/, \/playbooks\/d\/ and 1 more\.$/,
		);
	});

	it('says once when every page type fetches a script the frame does not list', () => {
		const messages = checkBudgets(pages, { ...RULES, frameScripts: [] })
			.map(({ message }) => message)
			.filter((message) => message.includes('"page"'));

		expect(messages).toEqual([
			'Every page type fetches the script "page" (/ and 4 other pages), which FRAME_SCRIPTS ' +
				'does not list. If it belongs to the layout every page shares, add it there in ' +
				'budgets.ts and say why; if not, find what brings it into every page.',
		]);
	});

	it('fails a page of no type, and allowances no page uses any more', () => {
		const untyped = { type: undefined, weight: { ...weightOf('/'), path: '/new-section/' } };
		const problems = checkBudgets([untyped], { ...RULES, frameScripts: ['page', 'old-search'] });

		expect(problems.map(({ message }) => message)).toEqual([
			'/new-section/ has no page type, so no budget. Add its address pattern to PAGE_BUDGETS ' +
				'in budgets.ts, with a budget and a comment saying why.',
			'No page fetches the frame script "old-search" any more: remove it from budgets.ts.',
		]);

		const toolWithoutScript = checkBudgets(
			pages
				.filter(({ weight }) => weight.path === '/tools/stage-finder/')
				.map((page) => ({
					...page,
					weight: {
						...page.weight,
						resources: page.weight.resources.filter(({ kind }) => kind !== 'script'),
					},
				})),
			RULES,
		).map(({ message }) => message);
		expect(toolWithoutScript).toContain(
			'No stage-finder page fetches the script "StageFinder.astro" any more: remove it from budgets.ts.',
		);
	});
});

describe('page types and chunk names', () => {
	it('types an address by its pattern, a star standing for one segment', () => {
		expect(pageTypeOf('/playbooks/cpq-implementation/', PAGE_BUDGETS)).toBe('playbook');
		expect(pageTypeOf('/playbooks/', PAGE_BUDGETS)).toBe('playbooks');
		expect(pageTypeOf('/processes/sales/territory-design/', PAGE_BUDGETS)).toBe('process');
		expect(pageTypeOf('/tools/stage-finder/', PAGE_BUDGETS)).toBe('stage-finder');
		expect(pageTypeOf('/404.html', PAGE_BUDGETS)).toBe('not-found');
		expect(pageTypeOf('/playbooks/a/b/', PAGE_BUDGETS)).toBeUndefined();
	});

	it('names a chunk after its source, without the hash', () => {
		expect(chunkName('/_astro/Search.astro_astro_type_script_index_0_lang.BM1OvhEn.js')).toBe(
			'Search.astro',
		);
		expect(chunkName('/_astro/page.cNngjUgL.js')).toBe('page');
		expect(chunkName('/_astro/starlight-toc.D4UDIxQL.js')).toBe('starlight-toc');
	});

	it("keeps the site's own budgets within the limits issue 6 sets", () => {
		const problems = checkBudgets([], {
			budgets: PAGE_BUDGETS,
			frameScripts: Object.keys(FRAME_SCRIPTS),
			limits: SITE_LIMITS,
		}).filter(({ message }) => message.includes('no page may pass'));

		expect(problems).toEqual([]);
	});
});
