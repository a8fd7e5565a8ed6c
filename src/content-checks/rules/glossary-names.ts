import type { ContentIndex } from '../content-index';
import type { Problem } from '../problem';

type Term = { term: string; aliases: string[] };

/**
 * Each name in the glossary, a term or an alias, belongs to one term only: search and the term
 * links on pages look a name up, and a name with two owners would send readers to either.
 */
export function glossaryNames(content: ContentIndex): Problem[] {
	const owners = new Map<string, string>();
	const problems: Problem[] = [];

	for (const entry of content.get('glossary') ?? []) {
		const { term, aliases } = entry.parsed as Term;
		const names = [{ name: term, field: 'term' }, ...aliases.map((name, index) => ({ name, field: `aliases[${index}]` }))];

		for (const { name, field } of names) {
			const key = name.toLowerCase();
			const owner = owners.get(key);
			if (owner === undefined) {
				owners.set(key, entry.id);
				continue;
			}
			const where = owner === entry.id ? 'this term already' : `the term "${owner}"`;
			problems.push({
				file: entry.file,
				entry: entry.id,
				field,
				message: `"${name}" is already a name of ${where}. Keep it in one place only.`,
				rule: 'glossary-names',
			});
		}
	}

	return problems;
}
