import type { PageBudget } from './budgets.ts';
import type { PageWeight, Resource } from './page-weight.ts';

/** What the checker compares pages against: tests/budgets/budgets.ts, or a test's own. */
export interface BudgetRules {
	budgets: Record<string, PageBudget>;
	/** Chunk names of the scripts every page may fetch. */
	frameScripts: string[];
	/** Caps above every type's budget. */
	limits: { total: number; js: number };
	/** Where the rules live, for messages. */
	file?: string;
}

/** One thing a page or the budget file gets wrong, said so a colleague can fix it. */
export interface BudgetProblem {
	/** The page type the problem belongs to; undefined for pages of no type. */
	type: string | undefined;
	/** The page, when there is one. */
	path?: string;
	message: string;
}

/** A page and its type, as the checker reads it. */
export interface TypedPage {
	type: string | undefined;
	weight: PageWeight;
}

const DEFAULT_FILE = 'tests/budgets/budgets.ts';

/** The type whose address pattern matches `path`; `*` matches one path segment. */
export function pageTypeOf(path: string, budgets: Record<string, PageBudget>): string | undefined {
	return Object.entries(budgets).find(([, budget]) => matchesPattern(path, budget.path))?.[0];
}

function matchesPattern(path: string, pattern: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('[^/]+');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The name Astro's bundler gave a script, without its content hash and the suffix Astro adds
 * to a component's <script>: "/_astro/Search.astro_astro_type_script_index_0_lang.BM1OvhEn.js"
 * is "Search.astro", "/_astro/page.cNngjUgL.js" is "page".
 */
export function chunkName(url: string): string {
	const file = url.split('/').pop() ?? url;
	return file
		.replace(/\.m?js$/, '')
		.replace(/\.[\w-]{8}$/, '')
		.replace(/_astro_type_script_index_\d+_lang$/, '');
}

/**
 * Checks every page against its type's budget and the script rules. Pages of one type that
 * break one rule make one problem: the worst page in full, and how many others.
 */
export function checkBudgets(pages: TypedPage[], rules: BudgetRules): BudgetProblem[] {
	const file = rules.file ?? DEFAULT_FILE;
	const found = pages.flatMap((page) => checkPage(page, rules, file));
	const { everywhere, rest } = scriptsOnEveryType(found, pages, file);

	return [
		...checkBudgetFile(rules, file),
		...everywhere,
		...collapseRepeats(rest),
		...unusedAllowances(pages, rules, file),
	];
}

/**
 * A script every page type fetches without listing it is one problem, not one per type: it has
 * most likely joined the layout every page shares (the header, the footer), where it belongs
 * in FRAME_SCRIPTS if it is meant to be there.
 */
function scriptsOnEveryType(found: PageProblem[], pages: TypedPage[], file: string) {
	const types = new Set(pages.flatMap(({ type }) => (type ? [type] : [])));
	const scriptProblems = Map.groupBy(
		found.filter(({ script }) => script),
		({ script }) => script!,
	);

	const everywhere: BudgetProblem[] = [];
	const shared = new Set<string>();
	for (const [name, problems] of scriptProblems) {
		if (types.size < 2 || new Set(problems.map(({ type }) => type)).size < types.size) continue;
		shared.add(name);
		everywhere.push({
			type: undefined,
			message:
				`Every page type fetches the script "${name}" (${problems[0].path} and ` +
				`${problems.length - 1} other pages), which FRAME_SCRIPTS does not list. If it belongs ` +
				`to the layout every page shares, add it there in ${file} and say why; if not, find ` +
				'what brings it into every page.',
		});
	}

	return { everywhere, rest: found.filter(({ script }) => !script || !shared.has(script)) };
}

/** A problem of one page, with a key naming the rule it breaks and how bad it is. */
interface PageProblem extends BudgetProblem {
	key: string;
	severity: number;
	/** For a script the page may not fetch, its chunk name. */
	script?: string;
}

function collapseRepeats(found: PageProblem[]): BudgetProblem[] {
	const groups = Map.groupBy(found, ({ key }) => key);

	return [...groups.values()].map((group) => {
		const [worst, ...others] = group.toSorted((a, b) => b.severity - a.severity);
		if (others.length === 0) return { type: worst.type, path: worst.path, message: worst.message };

		const shown = others.slice(0, 3).map(({ path }) => path);
		const more = others.length > shown.length ? ` and ${others.length - shown.length} more` : '';
		return {
			type: worst.type,
			path: worst.path,
			message:
				`${worst.message}\n  The same goes for ${others.length} other ${worst.type ?? 'untyped'} ` +
				`page${others.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}.`,
		};
	});
}

/** Budgets above the site's caps would let a page through that issue 6 rules out. */
function checkBudgetFile(rules: BudgetRules, file: string): BudgetProblem[] {
	return Object.entries(rules.budgets).flatMap(([type, budget]) =>
		(['total', 'js'] as const)
			.filter((figure) => budget[figure] > rules.limits[figure])
			.map((figure) => ({
				type,
				message:
					`The ${type} budget allows ${kb(budget[figure])} ${FIGURE_NAMES[figure]}, above ` +
					`the ${kb(rules.limits[figure])} no page may pass. Lower it in ${file}.`,
			})),
	);
}

const FIGURE_NAMES = {
	total: 'before load',
	js: 'of JavaScript',
	html: 'of HTML',
} as const;

function checkPage({ type, weight }: TypedPage, rules: BudgetRules, file: string): PageProblem[] {
	const { path } = weight;
	const problems: PageProblem[] = [];
	const problem = (key: string, message: string, severity = 0, script?: string) =>
		problems.push({ type, path, message, key: `${type}:${key}`, severity, script });

	if (!type) {
		problem(
			path,
			`${path} has no page type, so no budget. Add its address pattern to PAGE_BUDGETS ` +
				`in ${file}, with a budget and a comment saying why.`,
		);
		return problems;
	}

	for (const address of weight.missing) {
		problem(
			`missing:${address}`,
			`${path} (${type}) refers to ${address}, which is not in the build.`,
		);
	}
	for (const address of weight.external) {
		problem(
			`external:${address}`,
			`${path} (${type}) loads ${address} from another origin before it is usable. ` +
				'Serve it from the site (or load it later) so the budget can weigh it.',
		);
	}

	const budget = rules.budgets[type];
	const over = overBudget(weight, budget, rules.limits);
	if (over.length > 0) {
		problem(
			'over-budget',
			`${path} (${type}) is over budget: ${over.join('; ')}.\n` +
				`  Biggest resources: ${biggest(weight.resources)}.\n` +
				`  Make the page lighter, or raise the ${type} budget in ${file} and say why.`,
			weight.total / budget.total,
		);
	}

	const allowed = new Set([...rules.frameScripts, ...(budget.scripts ?? [])]);
	for (const script of weight.resources.filter(isScript)) {
		const name = chunkName(script.url);
		if (allowed.has(name)) continue;
		problem(
			`script:${name}`,
			`${path} (${type}) fetches the script "${name}" (${script.url}, ${kb(script.bytes)}), ` +
				`which no ${type} page may load. If the page uses it, add "${name}" to the scripts ` +
				`of ${type} in ${file}; if not, find which component or import brings it here.`,
			0,
			name,
		);
	}
	return problems;
}

/** Each figure above its budget or the site cap, as "total 31.2 KB, budget 28.5 KB". */
function overBudget(
	weight: PageWeight,
	budget: PageBudget,
	limits: BudgetRules['limits'],
): string[] {
	return (['total', 'js', 'html'] as const).flatMap((figure) => {
		const limit = Math.min(budget[figure], figure === 'html' ? Infinity : limits[figure]);
		if (weight[figure] <= limit) return [];
		return [`${FIGURE_NAMES[figure]} ${kb(weight[figure])}, budget ${kb(limit)}`];
	});
}

function biggest(resources: Resource[]): string {
	return [...resources]
		.sort((a, b) => b.bytes - a.bytes)
		.slice(0, 4)
		.map((resource) => `${resource.url} ${kb(resource.bytes)} (${resource.kind})`)
		.join(', ');
}

/**
 * Allowances no page uses any more, like an exception list entry whose exception has gone: a
 * tool's script renamed or dropped, or Starlight's search replaced. Types with no built pages
 * yet are left alone, since their pages may still be on their way.
 */
function unusedAllowances(pages: TypedPage[], rules: BudgetRules, file: string): BudgetProblem[] {
	const fetched = (type?: string) =>
		new Set(
			pages
				.filter((page) => type === undefined || page.type === type)
				.flatMap(({ weight }) =>
					weight.resources.filter(isScript).map(({ url }) => chunkName(url)),
				),
		);

	const problems: BudgetProblem[] = [];
	const everywhere = fetched();
	for (const name of rules.frameScripts.filter((name) => !everywhere.has(name))) {
		problems.push({
			type: undefined,
			message: `No page fetches the frame script "${name}" any more: remove it from ${file}.`,
		});
	}

	for (const [type, budget] of Object.entries(rules.budgets)) {
		if (!pages.some((page) => page.type === type)) continue;
		const used = fetched(type);
		for (const name of (budget.scripts ?? []).filter((name) => !used.has(name))) {
			problems.push({
				type,
				message: `No ${type} page fetches the script "${name}" any more: remove it from ${file}.`,
			});
		}
	}
	return problems;
}

const isScript = (resource: Resource) => resource.kind === 'script';

/** Bytes as kilobytes of 1000 bytes, one decimal: "12.7 KB". */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
