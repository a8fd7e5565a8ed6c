import type { APIRoute, GetStaticPaths } from 'astro';

import { getOpenDataRows } from '../../data/open-data';
import { toCsv } from '../../lib/csv-table';
import { csvRecords, OPEN_DATA_TABLES, openDataTable } from '../../lib/open-data-tables';

/** /data/<table>.csv: a table flattened for spreadsheets. See the /data/ page. */
export const getStaticPaths = (() =>
	OPEN_DATA_TABLES.map((table) => ({ params: { table: table.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const table = openDataTable(params.table!);
	const { headers, records } = csvRecords(table, await getOpenDataRows(table.id));

	return new Response(toCsv(headers, records), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
