import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { ANCHOR_REDIRECTS } from '../lib/anchor-redirects';
import {
	collectPermalinks,
	comparePermalinks,
	formatPermalinkChanges,
	parsePermalinks,
} from '../site-checks/permalinks';
import { readBuiltSite } from '../site-checks/site';
import { buildError } from './build-error';

/** The promised addresses, one a line; `npm run permalinks` writes it. */
export const PERMALINKS_FILE = 'tests/permalinks.txt';

/**
 * Stops the build when an address in the permalinks list is gone and nothing redirects it:
 * people have saved and shared those links. New addresses do not stop it, since the list is
 * written from a build (`npm run permalinks`); tests/site/permalinks.test.ts fails on those.
 */
export function permalinksKept(): AstroIntegration {
	let root = '';
	let base = '/';

	return {
		name: 'gtm-os:permalinks-kept',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				const problem = lostPermalinks(fileURLToPath(dir), base, root);
				if (problem) throw buildError('PermalinkError', problem);
			},
		},
	};
}

/** What the build at `site` lost of the list in `root`, as a report; empty when nothing. */
export function lostPermalinks(site: string, base: string, root: string): string {
	const listed = parsePermalinks(readFileSync(join(root, PERMALINKS_FILE), 'utf8'));
	const built = collectPermalinks(readBuiltSite(site, base));
	const { missing, brokenRedirects } = comparePermalinks(listed, built, ANCHOR_REDIRECTS);

	return formatPermalinkChanges({ missing, unlisted: [], brokenRedirects }, PERMALINKS_FILE);
}
