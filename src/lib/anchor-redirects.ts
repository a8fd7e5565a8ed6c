/**
 * Where a row anchor that no longer exists now lives. Row anchors are ids from the data, so
 * they change only when an id does; when one must (a row renamed for good, two rows merged),
 * add its old address here, so links people saved still land on the row. Pages that move get
 * an Astro redirect in astro.config.mjs instead; a browser cannot redirect a fragment, which
 * never reaches the server, so this table is read by the page's script
 * (src/scripts/anchor-redirects.ts).
 *
 * Keys and values are site paths with the anchor, without the base path:
 * `'/matrices/sales/#old-row': '/matrices/sales/#new-row'`. The permalinks check
 * (tests/site/permalinks.test.ts) accepts an anchor listed here in place of the old one, and
 * fails if a target does not exist.
 */
export const ANCHOR_REDIRECTS: Readonly<Record<string, string>> = {};

/**
 * The address an old anchor moved to, or undefined when it did not move. `path` is the page's
 * site path without the base, `hash` the fragment with or without its "#".
 */
export function movedAnchor(
	path: string,
	hash: string,
	redirects: Readonly<Record<string, string>> = ANCHOR_REDIRECTS,
): string | undefined {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	if (!id) return undefined;
	return redirects[`${path}#${id}`];
}
