/**
 * Where the built site keeps its search index and Pagefind's script, under the base path
 * (e.g. "/gtm-os/pagefind/pagefind.js"). The search integration writes them there.
 */
export const SEARCH_BUNDLE = 'pagefind';

/** The address of Pagefind's browser script for a site at `base` (Astro's BASE_URL). */
export const pagefindScript = (base: string) => `${base}${SEARCH_BUNDLE}/pagefind.js`;
