import { CONTENT_COLLECTIONS, type CollectionSource } from '../content-collections';
import { checkSchemas, type ParsedEntry } from './check-schemas';
import type { Problem } from './problem';
import { readCollection, type RawEntry } from './read-content';
import { acronymsDefined } from './rules/acronyms-defined';
import { appendixNumbers } from './rules/appendix-numbers';
import { benchmarkText } from './rules/benchmark-text';
import { glossaryNames } from './rules/glossary-names';
import { matrixFiles } from './rules/matrix-files';
import { numbering } from './rules/numbering';
import { references } from './rules/references';
import { stageList } from './rules/stage-list';
import { uniqueIds } from './rules/unique-ids';

export type { Problem } from './problem';
export { formatProblems } from './format-problems';

/** The rules that look across entries and files, each in a file of its own under rules/. */
const RULES = [
	references,
	numbering,
	stageList,
	matrixFiles,
	benchmarkText,
	appendixNumbers,
	glossaryNames,
	acronymsDefined,
];

/**
 * Checks all the content under `root`: each file can be read, each entry passes its schema,
 * and the cross-file rules hold. Returns every problem found, in one pass, so an editor can
 * fix them all at once.
 */
export function checkContent(
	root: string,
	collections: readonly CollectionSource[] = CONTENT_COLLECTIONS,
): Problem[] {
	const problems: Problem[] = [];
	const content = new Map<string, ParsedEntry[]>();
	const ids = new Map<string, RawEntry[]>();

	for (const source of collections) {
		const read = readCollection(root, source);
		const checked = checkSchemas(source, read.entries);
		problems.push(...read.problems, ...checked.problems);
		content.set(source.name, checked.parsed);
		// A collection with an unreadable file is left out of the id lists: every reference
		// to it would fail, burying the one problem that matters under dozens of echoes.
		if (read.problems.length === 0) ids.set(source.name, read.entries);
	}

	// Ids come from every entry read, so an entry that failed its schema is not also "missing".
	problems.push(...uniqueIds(ids));
	for (const rule of RULES) problems.push(...rule(content, ids));

	return problems;
}
