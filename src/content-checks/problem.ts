/** Something wrong in the content, said so that an editor can fix it without reading code. */
export interface Problem {
	/** The file, relative to the project root, e.g. "content/processes/sales.json". */
	file: string;
	/** The entry, by id where it has one, e.g. "territory-design"; absent for the whole file. */
	entry?: string;
	/** The field within the entry, dotted, e.g. "cells.scale". */
	field?: string;
	/** What is wrong and how to fix it, in a sentence or two. */
	message: string;
	/** The check that found it, e.g. "schema" or "unique-ids". */
	rule: string;
}
