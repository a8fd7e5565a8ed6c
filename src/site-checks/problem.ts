/** Something wrong on a built page, said so that the reader can find the file to fix. */
export interface SiteProblem {
	/** The page's address, e.g. "/playbooks/cpq-implementation/". */
	page: string;
	/** The files the page is made from, e.g. "src/pages/playbooks/[playbook].astro"; or empty. */
	source: string;
	/** Where on the page: "the main content", "the sidebar (src/navigation.ts)"... */
	region: string;
	/** The element at fault, as written: `<a href="/matrices/x/">`. */
	element: string;
	/** What is wrong, and the fix where there is one. */
	reason: string;
}

// A problem on this many pages or more comes from shared chrome; say it once, with a count.
const REPEATED = 3;

/**
 * A report a colleague could act on: problems grouped by page with the page's source files,
 * except that one problem repeated across many pages (a sidebar link) is said once with a
 * count. Ends with the total and the next step.
 */
export function formatProblems(
	problems: readonly SiteProblem[],
	what: string,
	fix: string,
): string {
	if (problems.length === 0) return `No ${what}.`;

	const byProblem = groupBy(problems, (p) => `${p.region}\u0000${p.element}\u0000${p.reason}`);
	const pagesOf = (group: SiteProblem[]) => [...new Set(group.map((p) => p.page))];
	const repeated = [...byProblem.values()].filter((group) => pagesOf(group).length >= REPEATED);
	const single = problems.filter((p) => !repeated.some((group) => group.includes(p)));

	const lines: string[] = [];
	for (const group of repeated) {
		const [{ region, element, reason }] = group;
		const pages = pagesOf(group);
		const more = pages.length > 3 ? ` and ${pages.length - 3} more` : '';
		const shown = `${pages.slice(0, 3).join(', ')}${more}`;
		lines.push(`On ${pages.length} pages (${shown}), in ${region}`, `  ${element}: ${reason}`, '');
	}
	for (const [page, onPage] of groupBy(single, (p) => p.page)) {
		lines.push(onPage[0].source ? `${page}, made by ${onPage[0].source}` : page);
		for (const { region, element, reason } of onPage) {
			lines.push(`  in ${region}, ${element}: ${reason}`);
		}
		lines.push('');
	}

	return [...lines, `${capitalize(what)}: ${problems.length}. ${fix}`].join('\n');
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}
