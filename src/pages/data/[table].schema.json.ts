import type { APIRoute, GetStaticPaths } from 'astro';

import {
	OPEN_DATA_CREDIT,
	OPEN_DATA_TABLES,
	openDataTable,
	tableJsonSchema,
} from '../../lib/open-data-tables';
import { dataFileUrl } from '../../lib/urls';

/** /data/<table>.schema.json: the JSON Schema of /data/<table>.json. See the /data/ page. */
export const getStaticPaths = (() =>
	OPEN_DATA_TABLES.map((table) => ({ params: { table: table.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const table = openDataTable(params.table!);
	const url = new URL(dataFileUrl(table.id, 'schema.json'), site).href;

	const schema = tableJsonSchema(table, url, OPEN_DATA_CREDIT);

	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
