import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

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
};

/**
 * Serves a built site under a base path, as a host would: "/gtm-os/x/" is the folder's
 * x/index.html, and nothing outside the base exists. For the tests and the benchmark, which
 * need a site at a path of their choosing without Astro's preview server.
 */
export async function serveStatic(folder: string, base = '/'): Promise<StaticServer> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = path.startsWith(base) ? fileFor(folder, path.slice(base.length)) : undefined;

		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** The file a path inside the site names, if it exists and stays inside the folder. */
function fileFor(folder: string, path: string): string | undefined {
	const root = resolve(folder);
	const full = resolve(root, `.${sep}${path}`);
	if (full !== root && !full.startsWith(root + sep)) return undefined;
	if (!existsSync(full)) return undefined;

	const file = statSync(full).isDirectory() ? join(full, 'index.html') : full;
	return existsSync(file) ? file : undefined;
}
