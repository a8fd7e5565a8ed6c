import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/** A table as a reader sees it: column headers, then each row's header and cells. */
export interface ReadTable {
	caption: string;
	columns: string[];
	rows: Array<{ id?: string; header: string; cells: string[] }>;
}

/**
 * Reads a built table's text the way a sighted reader sees it. A cell that shows a dash and
 * tells screen readers "Not applicable" reads as "—", the appendix's own mark; copy controls
 * and other screen-reader-only text are left out.
 */
export function readTable($: CheerioAPI, table: AnyNode): ReadTable {
	const text = (node: AnyNode) => {
		const copy = $(node).clone();
		copy.find('.sr-only, .row-link, .see-also').remove();
		return copy.text().replace(/\s+/g, ' ').trim();
	};

	return {
		caption: text($(table).find('caption').get(0)!),
		columns: $(table).find('thead th').toArray().map(text),
		rows: $(table)
			.find('tbody tr')
			.toArray()
			.map((row) => ({
				id: $(row).attr('id'),
				header: text($(row).find('th').get(0)!),
				cells: $(row).find('td').toArray().map(text),
			})),
	};
}
