/**
 * How much each type of page may make a browser fetch before it is usable (issue 6: a
 * reference opened from a chat link on a phone must be readable at once). `npm test` checks
 * every built page against its type's budget (tests/site/page-budgets.test.ts).
 *
 * All figures are brotli-compressed bytes, as a static host serves them; 1 KB is 1000 bytes.
 * - total: everything fetched before the page is usable (see tests/budgets/page-weight.ts);
 * - js: the scripts among them, plus scripts written into the HTML;
 * - html: the page's HTML document.
 *
 * Every page shares a frame: 7.9 KB of CSS (Starlight's and src/styles/site.css), 2.2 KB of
 * scripts it fetches and 2 KB of scripts in its HTML (theme, sidebar, search button), and
 * 4.3 KB of HTML (header, sidebar, footer), 14.4 KB in all on the 404 page, which has nothing
 * else (2026-12-04). About 0.5 KB of that HTML is the content security policy's <meta>, whose
 * hashes do not compress; it lists the page's own inline code only
 * (src/integrations/inline-code-hashes.ts). A page with a table of contents fetches 1.1 KB
 * more of Starlight's scripts. A budget is the frame plus what the page type adds, with about 10% headroom, so
 * that a new row or a reworded paragraph passes and a new feature or dependency does not go
 * unnoticed.
 *
 * Raising a budget is allowed when a feature is worth it: say why in the comment beside it.
 */

/** One kilobyte, as the budgets count it. */
export const KB = 1000;

export interface PageBudget {
	/** The addresses of this type: `*` stands for one path segment. */
	path: string;
	total: number;
	js: number;
	html: number;
	/**
	 * Script files this type may fetch beyond the frame's, by chunk name (the file name Astro
	 * gives it without its hash, e.g. "StageFinder.astro" for StageFinder.astro's <script>).
	 */
	scripts?: string[];
}

/** No page may pass these, whatever its type: the limits issue 6 sets. */
export const SITE_LIMITS = { total: 30 * KB, js: 10 * KB };

/**
 * The script files any page may fetch: those of the layout every page shares, Starlight's and
 * our search button's. A tool's script is not one of them: it belongs to its page type.
 */
export const FRAME_SCRIPTS: Record<string, string> = {
	page: "Astro's link prefetching, which Starlight turns on",
	'SiteSearch.astro': 'the search button: the dialog, Pagefind and the index load on use',
	'TableOfContents.astro': 'highlights the current heading in "On this page"',
	'MobileTableOfContents.astro': 'the "On this page" menu on narrow screens',
	'starlight-toc': 'the code both tables of contents share',
};

/** The budget of each page type, the types in the order SITE-MAP.md lists them. */
export const PAGE_BUDGETS: Record<string, PageBudget> = {
	// The five stages as cards and the ways in: 1.7 KB of HTML over the frame's.
	home: { path: '/', total: 18 * KB, js: 5 * KB, html: 7 * KB },

	// A card per stage with its band and challenge. Pages with a table of contents, from here
	// on, run 1.8 KB more of Starlight's scripts (1.1 KB of it fetched).
	stages: { path: '/stages/', total: 20 * KB, js: 6.5 * KB, html: 8 * KB },

	// Every process at this stage with its cell and what changed: a long list of links,
	// 9.8 KB of HTML for Stabilize.
	stage: { path: '/stages/*/', total: 23 * KB, js: 6.5 * KB, html: 11 * KB },

	// All six matrices and the key on one page, the big table page: 10.4 KB of HTML.
	matrices: { path: '/matrices/', total: 23.5 * KB, js: 6.5 * KB, html: 11.5 * KB },

	// One matrix; the tech stack matrix, with the most rows, has 7.5 KB of HTML.
	matrix: { path: '/matrices/*/', total: 19.5 * KB, js: 5.5 * KB, html: 8.5 * KB },

	// The 47 processes by matrix, a link each.
	processes: { path: '/processes/', total: 20 * KB, js: 6.5 * KB, html: 8 * KB },

	// One matrix row through the five stages, its playbooks, the same process elsewhere.
	process: { path: '/processes/*/*/', total: 20.5 * KB, js: 6.5 * KB, html: 8.5 * KB },

	// 68 playbooks with summaries and facets: 14.1 KB of HTML, the heaviest page. Its filter
	// script, inline, adds 0.7 KB of JavaScript. Near the cap: the next feature here needs
	// the list made lighter (shorter facts line) rather than a higher budget.
	playbooks: { path: '/playbooks/', total: 27.5 * KB, js: 7.5 * KB, html: 15.5 * KB },

	// One playbook: facts, body, processes, metrics and related playbooks.
	playbook: { path: '/playbooks/*/', total: 20.5 * KB, js: 6.5 * KB, html: 8.5 * KB },

	// The Power 10 and "When Each Metric Matters".
	metrics: { path: '/metrics/', total: 21 * KB, js: 6.5 * KB, html: 9 * KB },

	// One metric with its benchmarks and the focus rows that stand in for its lost cells.
	metric: { path: '/metrics/*/', total: 21 * KB, js: 6.5 * KB, html: 9 * KB },

	// Series A/B/C+ thresholds in one table; no table of contents.
	benchmarks: { path: '/benchmarks/', total: 19 * KB, js: 5.5 * KB, html: 8 * KB },

	// Three segments in one table; no table of contents.
	segments: { path: '/segments/', total: 18.5 * KB, js: 5.5 * KB, html: 7.5 * KB },

	// Five stages of PLG vs SLG guidance: 8.3 KB of HTML.
	'plg-vs-slg': { path: '/plg-vs-slg/', total: 21.5 * KB, js: 6.5 * KB, html: 9.5 * KB },

	// Every term with its definition: 13.8 KB of HTML. It grows with the glossary: at about
	// 17 KB of HTML the page should be split by letter rather than the budget raised.
	glossary: { path: '/glossary/', total: 27 * KB, js: 6.5 * KB, html: 15 * KB },

	// The three tools as cards; no table of contents.
	tools: { path: '/tools/', total: 18 * KB, js: 5.5 * KB, html: 7.5 * KB },

	// A form and its result. The finder's script (1.2 KB) and the field messages both tools
	// share (0.9 KB) load on this page only: 7.1 KB of JavaScript, the frame's 4.9 KB and 2.2.
	'stage-finder': {
		path: '/tools/stage-finder/',
		total: 22 * KB,
		js: 7.5 * KB,
		html: 9 * KB,
		scripts: ['stage-finder.astro', 'field-message'],
	},

	// The benchmark check's script (2.3 KB) and the shared field messages: 8.1 KB of
	// JavaScript, the most of any page, under the 10 KB cap with room for one fix, not a feature.
	// Its HTML carries the thresholds as JSON for the script: 8.9 KB.
	'benchmark-check': {
		path: '/tools/benchmark-check/',
		total: 24.5 * KB,
		js: 8.5 * KB,
		html: 10 * KB,
		scripts: ['benchmark-check.astro', 'field-message'],
	},

	// The four steps between stages, a card each.
	transitions: { path: '/transitions/', total: 18.5 * KB, js: 5.5 * KB, html: 7.5 * KB },

	// Every process whose cell changes from one stage to the next: 9.5 KB of HTML for the
	// first step, where most processes start.
	transition: { path: '/transitions/*/', total: 23 * KB, js: 6.5 * KB, html: 11 * KB },

	// Each open data table with its formats and fields: 10.7 KB of HTML.
	data: { path: '/data/', total: 24 * KB, js: 6.5 * KB, html: 12 * KB },

	// The frame and a sentence: the floor every other budget starts from.
	'not-found': { path: '/404.html', total: 16.5 * KB, js: 5 * KB, html: 5.5 * KB },
};
