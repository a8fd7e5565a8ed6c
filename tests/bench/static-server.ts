import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

import { brotli } from '../budgets/compressed-size.ts';

/**
 * A static file server for the bench: it serves a built site the way a static host does,
 * brotli-compressed when the browser accepts it, so the browser's byte counts, Lighthouse's
 * simulated load and the budgets' static figures all see the same bytes. `astro preview`
 * only gzips, and a bare Starlight site in a temp folder has no preview of ours to borrow.
 */
export interface StaticServer {
	/** e.g. "http://127.0.0.1:41234", without a trailing slash. */
	origin: string;
	/**
	 * Body bytes sent since the server started, workers' requests included, which a page's
	 * DevTools session does not see (Pagefind searches in a web worker).
	 */
	bytesSent: () => number;
	close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.woff2': 'font/woff2',
};

// Already compressed formats gain nothing from brotli; Pagefind's index files are gzipped.
const COMPRESSIBLE = new Set([
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.json',
	'.svg',
	'.xml',
	'.txt',
	'.csv',
]);

/**
 * Serves `root` on 127.0.0.1 at a free port until `close` is called. Every file is compressed
 * before the server starts, as a host that precompresses does: compressing a long page on
 * request takes a few hundred milliseconds, which would count as the server's time to first
 * byte in the first load of each page.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
	const compressed = precompress(root);
	let sent = 0;

	const server = createServer(async (request, response) => {
		const file = await resolveFile(root, new URL(request.url ?? '/', 'http://x').pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}

		const extension = extname(file);
		const headers: Record<string, string> = {
			'content-type': TYPES[extension] ?? 'application/octet-stream',
			// Every fetch is a real one: the bench controls caching by reusing a page or not.
			'cache-control': 'no-cache',
		};
		let body: Buffer = await readFile(file);

		const accepts = String(request.headers['accept-encoding'] ?? '');
		const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
		if (COMPRESSIBLE.has(extension) && encoding) {
			body = encoding === 'br' ? (compressed.get(file) ?? brotli(body)) : gzipSync(body);
			headers['content-encoding'] = encoding;
			headers.vary = 'accept-encoding';
		}

		headers['content-length'] = String(body.length);
		sent += body.length;
		response.writeHead(200, headers).end(body);
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		origin: `http://127.0.0.1:${port}`,
		bytesSent: () => sent,
		close: () => closeServer(server),
	};
}

/** Brotli of every compressible file under `root`, by path. */
function precompress(root: string): Map<string, Buffer> {
	const compressed = new Map<string, Buffer>();
	const walk = (directory: string) => {
		for (const entry of readdirSync(directory, { withFileTypes: true })) {
			const path = join(directory, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (COMPRESSIBLE.has(extname(path))) compressed.set(path, brotli(readFileSync(path)));
		}
	};
	walk(root);
	return compressed;
}

/** The file a path names: a directory's index.html, or a page's .html as Astro writes 404.html. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	if (relative.split(sep).includes('..')) return undefined;

	const candidate = join(root, relative);
	for (const file of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return file;
	}
	return undefined;
}

function closeServer(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve, reject) =>
		server.close((error) => (error ? reject(error) : resolve())),
	);
}
