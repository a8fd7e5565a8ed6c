import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { load, type CheerioAPI } from 'cheerio';

/** The repository root, whatever directory Playwright was started from. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build` writes the static site that the browser tests run against. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The preview server only serves what is already built, and Astro would start happily on an
 * empty folder, leaving every test to fail with a 404. Stop before that with the fix instead.
 */
export function assertSiteIsBuilt(distDir = DIST_DIR): void {
	if (existsSync(distDir)) return;

	throw new Error(
		`No built site at ${distDir}. Run \`npm run build\` first ` +
			'(or `npm test`, which builds before the browser tests).',
	);
}

/** One HTML page of the built site. */
export interface BuiltPage {
	/** Its address on the site, e.g. "/playbooks/cpq-implementation/" or "/404.html". */
	path: string;
	/** The file on disk. */
	file: string;
}

/** Every HTML file of the built site, as the address a browser would ask for. */
export function builtPages(distDir = DIST_DIR): BuiltPage[] {
	assertSiteIsBuilt(distDir);

	return walk(distDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, path: addressOf(relative(distDir, file)) }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** A built page's HTML, parsed for querying. */
export function loadPage(page: BuiltPage): CheerioAPI {
	return load(readFileSync(page.file, 'utf8'));
}

/** "matrices/sales/index.html" is served at "/matrices/sales/"; "404.html" stays as it is. */
function addressOf(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function walk(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}
