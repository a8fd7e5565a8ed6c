import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';

import { linkTerms, type LinkableTerm } from './lib/term-links';
import { glossaryUrl, termUrl } from './lib/urls';

let terms: LinkableTerm[] | undefined;

/**
 * Links the first use of each glossary term on every page to its entry. It runs on the
 * finished HTML, at build time, because "first use" is a property of the whole page, which
 * no single component sees. The glossary page itself is left alone.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const type = response.headers.get('content-type') ?? '';
	if (!type.includes('text/html') || context.url.pathname === glossaryUrl()) return response;

	terms ??= (await getCollection('glossary')).map(({ id, data }) => ({
		id,
		names: data.expansion ? [data.term, data.expansion] : [data.term],
	}));

	const html = linkTerms(await response.text(), terms, termUrl);
	return new Response(html, { status: response.status, headers: response.headers });
});
