import type { APIRoute, GetStaticPaths } from 'astro';

import { getOpenDataRows } from '../../data/open-data';
import { OPEN_DATA_TABLES } from '../../lib/open-data-tables';

/** /data/<table>.json: a table's rows as content/ writes them. See the /data/ page. */
export const getStaticPaths = (() =>
	OPEN_DATA_TABLES.map((table) => ({ params: { table: table.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const rows = await getOpenDataRows(params.table!);

	return new Response(`${JSON.stringify(rows, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
