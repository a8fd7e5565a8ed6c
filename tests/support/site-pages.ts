import { pageSources } from '../../src/site-checks/page-sources.ts';
import { readBuiltSite, sitemapPaths } from '../../src/site-checks/site.ts';
import { DIST_DIR, REPO_ROOT } from './built-site.ts';

/**
 * Every page the sitemap lists, as site paths ("/matrices/sales/"), read from the build: the
 * browser sweeps cover whatever pages the site has, never a list kept by hand.
 */
export function sitemapPages(): string[] {
	return sitemapPaths(readBuiltSite(DIST_DIR));
}

/** The page a host shows for an address that is not a page. Not in the sitemap. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * One page for each page template in src/pages (and Markdown page in content/docs): the first
 * in the sitemap that each makes, then the 404 page. A new kind of page joins by existing.
 */
export function onePageOfEachType(): Array<{ path: string; template: string }> {
	const sourceOf = pageSources(REPO_ROOT);
	const byTemplate = new Map<string, string>();
	for (const path of sitemapPages()) {
		const template = sourceOf(path)?.template ?? path;
		if (!byTemplate.has(template)) byTemplate.set(template, path);
	}
	return [
		...[...byTemplate].map(([template, path]) => ({ path, template })),
		{ path: NOT_FOUND_PAGE, template: 'content/docs/404.md' },
	];
}
