import { stringify } from 'csv-stringify/sync';

/** What a CSV cell can hold before it is written out. */
export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: spreadsheet software reads the file as UTF-8 only when it starts with it. */
export const BOM = '\uFEFF';

/**
 * Writes a table as CSV that spreadsheet software opens as it is: RFC 4180 (comma separated,
 * CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes inside
 * doubled), UTF-8 with a byte order mark, so Excel shows "—", "→" and "–" as they are.
 * Missing values are empty cells, and true and false are written as words.
 */
export function toCsv(headers: readonly string[], records: readonly CsvValue[][]): string {
	return stringify(records as CsvValue[][], {
		bom: true,
		header: true,
		columns: [...headers],
		record_delimiter: 'windows',
		// The library quotes a field holding the record delimiter (CRLF) but not a bare line
		// break, which would still split the row in a spreadsheet: quote any line break.
		quoted_match: /[\r\n]/,
		cast: { boolean: (value) => String(value) },
	});
}
