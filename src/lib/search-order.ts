/**
 * Pagefind ranks by its own scores, in which a long page that mentions a word often can edge
 * out a record named after it. The dialog corrects the order of the results it shows: those
 * named exactly what was searched come first, then those whose name holds every word searched,
 * then the rest, each group in Pagefind's order. A record's names are its title, the other
 * names of the glossary terms in its title, and a playbook's number.
 */

/** How well a record's names match a query: 2 exactly, 1 by every word, 0 not at all. */
export type NameMatch = 0 | 1 | 2;

export function nameMatch(query: string, names: readonly string[]): NameMatch {
	const wanted = words(query);
	if (wanted.length === 0) return 0;

	const named = names.map(words).filter((list) => list.length > 0);
	if (named.some((list) => list.join(' ') === wanted.join(' '))) return 2;

	const stems = new Set(named.flat().map(stem));
	const matches = (word: string) =>
		[...stems].some((candidate) => candidate.startsWith(stem(word)));
	return wanted.every(matches) ? 1 : 0;
}

/** The items, best name match first, keeping the order within each group (a stable sort). */
export function namedFirst<T>(items: readonly T[], query: string, namesOf: (item: T) => string[]) {
	return items
		.map((item, index) => ({ item, index, match: nameMatch(query, namesOf(item)) }))
		.sort((a, b) => b.match - a.match || a.index - b.index)
		.map(({ item }) => item);
}

/** Lower-case words and numbers, as Pagefind splits them: "#29" is "29", "LTV:CAC" two words. */
function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A rough English stem, enough to tell that "scoring" names what "score" searches for. Pagefind
 * stems properly when it matches; this only has to agree with it on plurals and verb endings.
 */
function stem(word: string): string {
	const stripped = word.replace(/(ing|ed|es|s|e)$/, '');
	return stripped.length >= 3 ? stripped : word;
}
