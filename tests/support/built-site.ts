import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
