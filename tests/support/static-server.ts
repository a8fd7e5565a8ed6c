import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

import { headersFor, parseHeaders, type HeaderRule } from '../../src/site-checks/headers.ts';

/** A running server for a folder of built pages. */
export interface StaticServer {
	/** Where the site is, with its base path, e.g. "http://127.0.0.1:41234/gtm-os/". */
	url: string;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves a built site under a base path, as a static host would: "/gtm-os/x/" is the folder's
 * x/index.html, nothing outside the base exists, a missing page gets 404.html, and every
 * response carries the headers of the folder's `_headers` file (Netlify and Cloudflare Pages
 * format), so the browser enforces them as it would in production.
 */
export async function serveStatic(folder: string, base = '/'): Promise<StaticServer> {
	const headerFile = join(folder, '_headers');
	const rules: HeaderRule[] = existsSync(headerFile)
		? parseHeaders(readFileSync(headerFile, 'utf8'))
		: [];

	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
		const file = inside === undefined ? undefined : fileFor(folder, inside);
		const served = file ?? fileFor(folder, '/404.html');

		const headers = Object.fromEntries(headersFor(rules, inside ?? path));
		if (!served) {
			response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		response.writeHead(file ? 200 : 404, {
			...headers,
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});

	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** The file a site path names, if it exists and stays inside the folder. */
function fileFor(folder: string, path: string): string | undefined {
	const root = resolve(folder);
	const full = resolve(root, `.${sep}${path}`);
	if (full !== root && !full.startsWith(root + sep)) return undefined;
	if (!existsSync(full)) return undefined;

	const file = statSync(full).isDirectory() ? join(full, 'index.html') : full;
	return existsSync(file) ? file : undefined;
}
