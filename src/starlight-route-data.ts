import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

import { withBase } from './lib/urls';

/**
 * Adjusts what Starlight renders: the home page's title, and what it renders from Markdown pages
 * in content/docs, where links cannot go through withBase (src/lib/urls.ts) as they do in our
 * components.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;

	// Starlight titles every page "<page> | <site>", which on the home page, titled after the
	// site, would read "GTM OS Reference | GTM OS Reference" in tabs and search results.
	const siteTitle = route.siteTitle;
	if (route.entry.data.title === siteTitle) {
		for (const entry of route.head) {
			if (entry.tag === 'title') entry.content = siteTitle;
		}
	}

	// Starlight leaves hero action links as written, so "/matrices/" in frontmatter would miss
	// the base path on a site deployed under one. Pages that pass their own hero to
	// StarlightPage already built their links with withBase, and are left alone.
	const base = withBase('/');
	for (const action of route.entry.data.hero?.actions ?? []) {
		if (action.link.startsWith('/') && !action.link.startsWith(base)) {
			action.link = withBase(action.link);
		}
	}

	// The 404 page is served at whatever address was not found; a canonical address of
	// "/404/", which Starlight would give it, names a page that does not exist.
	if (route.entry.id === '404') {
		// The entry is a draft only so that it is not also routed as /404/; readers must not see
		// Starlight's notice that a draft is left out of production builds.
		route.entry.data.draft = false;

		const canonical = ({ tag, attrs }: (typeof route.head)[number]) =>
			(tag === 'link' && attrs?.rel === 'canonical') || attrs?.property === 'og:url';
		route.head = route.head.filter((entry) => !canonical(entry));
	}
});
