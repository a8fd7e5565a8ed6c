import { acronymsIn, stringsIn } from '../../lib/acronyms';
import type { ContentIndex, EntryIndex } from '../content-index';
import type { Problem } from '../problem';

type Term = { term: string; aliases: string[] };

/**
 * Every acronym the content uses has a glossary entry, so a reader who meets "MEDDPICC" or
 * "GRR" on any page can look it up. A name counts where it is a word of a term or an alias:
 * "OS" is defined by "GTM OS".
 */
export function acronymsDefined(content: ContentIndex, entries: EntryIndex): Problem[] {
	const glossary = content.get('glossary');
	// Without a readable glossary, its own problem is the one to report.
	if (!glossary || glossary.length === 0) return [];

	const defined = new Set(
		glossary.flatMap((entry) => {
			const { term, aliases } = entry.parsed as Term;
			return [term, ...aliases].flatMap((name) => name.split(/[^A-Za-z0-9]+/));
		}),
	);
	const problems: Problem[] = [];

	for (const list of entries.values()) {
		for (const entry of list) {
			const text = [...stringsIn(entry.data), entry.body ?? ''].join('\n');
			const missing = acronymsIn(text).filter((acronym) => !defined.has(acronym));
			if (missing.length === 0) continue;

			problems.push({
				file: entry.file,
				entry: entry.id,
				message: `${quoteList(missing)} ${missing.length === 1 ? 'is' : 'are'} not in content/glossary.json. Add a term for each (or an alias to an existing term), so readers can look ${missing.length === 1 ? 'it' : 'them'} up.`,
				rule: 'acronyms-defined',
			});
		}
	}

	return problems;
}

function quoteList(names: string[]): string {
	return names.map((name) => `"${name}"`).join(', ');
}
