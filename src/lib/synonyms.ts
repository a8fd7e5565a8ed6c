/**
 * The names of one glossary term: the term, what it stands for and its aliases, e.g. "NRR",
 * "Net revenue retention", "net dollar retention", "NDR". Any of them means the same thing.
 */
export interface SynonymGroup {
	id: string;
	names: readonly string[];
}

/** The part of a glossary term that names it (content/glossary.json). */
export interface NamedTerm {
	id: string;
	term: string;
	expansion?: string;
	aliases: readonly string[];
}

/** One group of names per glossary term, in the glossary's order. */
export function synonymGroups(terms: readonly NamedTerm[]): SynonymGroup[] {
	return terms.map(({ id, term, expansion, aliases }) => ({
		id,
		names: uniqueIgnoringCase([term, ...(expansion ? [expansion] : []), ...aliases]),
	}));
}

/**
 * Finds the glossary names a text uses and returns the other names of the same terms, which
 * the text lacks: for "NRR above 120%" that is "Net revenue retention", "net dollar
 * retention" and so on. Pagefind has no synonyms, so adding these to what a record indexes is
 * how a search for one name finds the record that uses another.
 *
 * A name with two capitals or more ("NRR", "RevOps") counts only as written, so the word "cs"
 * is not customer success; other names count in any case. A plural "s" counts as a use.
 * Known shortcoming: an alias that is also an everyday word ("Fed", "margin", "routing") counts
 * wherever the word appears, so such a record also answers to the term's other names. The
 * glossary can avoid it by keeping such aliases out.
 */
export function otherNames(text: string, groups: readonly SynonymGroup[]): string[] {
	const used = namesUsed(text, groups);
	const usedGroups = groups.filter((group) => group.names.some((name) => used.has(name)));

	return uniqueIgnoringCase(
		usedGroups.flatMap((group) => group.names.filter((name) => !used.has(name))),
	);
}

/** A matcher over every name, built once per list of groups. */
const matchers = new WeakMap<
	readonly SynonymGroup[],
	{ pattern: RegExp; names: Map<string, string[]> }
>();

function namesUsed(text: string, groups: readonly SynonymGroup[]): Set<string> {
	const { pattern, names } = matcherFor(groups);
	const used = new Set<string>();

	for (const match of text.matchAll(pattern)) {
		for (const name of names.get(match[1].toLowerCase()) ?? []) {
			if (!isExact(name) || name === match[1]) used.add(name);
		}
	}

	return used;
}

function matcherFor(groups: readonly SynonymGroup[]) {
	const cached = matchers.get(groups);
	if (cached) return cached;

	const names = new Map<string, string[]>();
	for (const name of groups.flatMap((group) => group.names)) {
		const key = name.toLowerCase();
		names.set(key, unique([...(names.get(key) ?? []), name]));
	}

	// Longest first, so "CAC payback" is found whole rather than as "CAC".
	const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\w-])(${alternatives.join('|')})s?(?![\\w-])`, 'gi');

	const matcher = { pattern, names };
	matchers.set(groups, matcher);
	return matcher;
}

const isExact = (name: string) => (name.match(/[A-Z]/g) ?? []).length >= 2;

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** The first of each spelling: "Closed won" and "closed won" index the same words. */
function uniqueIgnoringCase(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.filter((name) => {
		const key = name.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
