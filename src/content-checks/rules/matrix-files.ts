import type { ContentIndex, EntryIndex } from '../content-index';
import type { Problem } from '../problem';

/** Each file of matrix rows is named after a matrix, and every matrix has its file. */
export function matrixFiles(_content: ContentIndex, ids: EntryIndex): Problem[] {
	const rows = ids.get('processes');
	const matrices = ids.get('matrices');
	// Where a file could not be read, that is the problem to report, not its absence.
	if (!rows || !matrices) return [];

	const rowFiles = new Set(rows.map((entry) => entry.file));
	const problems: Problem[] = [];

	for (const file of rowFiles) {
		const matrix = file.replace(/^.*\//, '').replace(/\.json$/, '');
		if (matrices.some((entry) => entry.id === matrix)) continue;
		problems.push({
			file,
			message: `"${matrix}" is not a matrix in content/matrices.json. Name the file after one (${matrices.map((entry) => entry.id).join(', ')}), or add the matrix there.`,
			rule: 'matrix-files',
		});
	}

	for (const { id: matrix } of matrices) {
		if ([...rowFiles].some((file) => file.endsWith(`/${matrix}.json`))) continue;
		problems.push({
			file: 'content/matrices.json',
			entry: matrix,
			message: `The matrix has no rows. Add them in content/processes/${matrix}.json.`,
			rule: 'matrix-files',
		});
	}

	return problems;
}
