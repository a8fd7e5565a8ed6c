/**
 * A plain-text table for the terminal, also valid Markdown, so the bench's output can be
 * pasted into the README as it is. The first column is left-aligned, the others right.
 */
export function textTable(head: string[], rows: (string | number)[][]): string {
	const cells = [head, ...rows.map((row) => row.map(String))];
	const widths = head.map((_, column) =>
		Math.max(...cells.map((row) => (row[column] ?? '').length)),
	);
	const line = (row: string[]) =>
		`| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
	const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;

	return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Bytes as "12.7 KB" (1 KB = 1000 bytes), or "-" when unknown. */
export const kbText = (bytes: number | undefined | null) =>
	bytes === undefined || bytes === null || Number.isNaN(bytes)
		? '-'
		: `${(bytes / 1000).toFixed(1)} KB`;

/** Bytes as "9.1 MB", for build output and memory. */
export const mbText = (bytes: number | undefined | null) =>
	bytes === undefined || bytes === null ? '-' : `${(bytes / 1e6).toFixed(1)} MB`;

/** Milliseconds as "5.8 s" from a second up, "380 ms" below. */
export const msText = (ms: number | undefined | null) =>
	ms === undefined || ms === null || Number.isNaN(ms)
		? '-'
		: ms >= 1000
			? `${(ms / 1000).toFixed(1)} s`
			: `${Math.round(ms)} ms`;
