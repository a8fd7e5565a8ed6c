/**
 * What a search result is. Each kind is a Pagefind filter value, so the search dialog can
 * count results by kind and narrow them to one; the label is what a reader sees.
 */
export const SEARCH_KINDS = {
	playbook: 'Playbook',
	process: 'Process',
	'matrix-row': 'Matrix row',
	stage: 'Stage',
	metric: 'Metric',
	benchmark: 'Benchmark',
	term: 'Glossary term',
	segment: 'Segment',
	'motion-row': 'PLG vs SLG row',
	matrix: 'Matrix',
	tool: 'Tool',
	transition: 'Transition',
	page: 'Page',
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

/** The Pagefind filter that holds a result's kind. */
export const KIND_FILTER = 'kind';

export const isSearchKind = (value: string): value is SearchKind => value in SEARCH_KINDS;

/**
 * The kinds of whole pages, by the first segment of their address. A section's index page
 * (`/playbooks/`) lists things rather than being one, so it is a plain page; the matrices are
 * the exception, since their index page holds every matrix in full.
 */
const PAGE_KINDS: Record<string, { item: SearchKind; index?: SearchKind }> = {
	stages: { item: 'stage' },
	matrices: { item: 'matrix', index: 'matrix' },
	processes: { item: 'process' },
	playbooks: { item: 'playbook' },
	metrics: { item: 'metric' },
	tools: { item: 'tool', index: 'tool' },
	transitions: { item: 'transition' },
};

/**
 * The kind of a built page, from its address on the site without the base path
 * (e.g. "/playbooks/cpq-implementation/" is a playbook, "/glossary/" a page).
 */
export function pageKind(path: string): SearchKind {
	const [section, ...rest] = path.split('/').filter(Boolean);
	const kinds = section ? PAGE_KINDS[section] : undefined;
	if (!kinds) return 'page';

	return rest.length > 0 ? kinds.item : (kinds.index ?? 'page');
}
