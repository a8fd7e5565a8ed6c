/**
 * Page titles for matrix rows. Most names are unique, but a few rows appear in two matrices
 * ("CS Platform" in customer success and in the tech stack): those take the matrix's name too,
 * so no two pages share a title in a browser tab, a bookmark or a search result.
 */
export function processTitles(
	rows: ReadonlyArray<{ id: string; name: string; matrixName: string }>,
): Map<string, string> {
	const counts = new Map<string, number>();
	for (const row of rows) counts.set(row.name, (counts.get(row.name) ?? 0) + 1);

	return new Map(
		rows.map((row) => [
			row.id,
			counts.get(row.name)! > 1 ? `${row.name} (${row.matrixName})` : row.name,
		]),
	);
}
