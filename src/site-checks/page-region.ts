import type { Cheerio } from 'cheerio';
import type { AnyNode } from 'domhandler';

// Where on a Starlight page an element sits, and the file that puts links there. Checked in
// order: the first that holds the element wins.
const REGIONS: ReadonlyArray<{ selector: string; name: string }> = [
	{ selector: 'head', name: 'the page head' },
	{ selector: '#starlight__sidebar, .sidebar-pane', name: 'the sidebar (src/navigation.ts)' },
	{ selector: 'starlight-toc, mobile-starlight-toc', name: 'the table of contents' },
	{ selector: '.pagination-links', name: 'the previous/next links' },
	{ selector: 'header', name: 'the site header' },
	{ selector: 'footer', name: 'the footer (src/components/SiteFooter.astro)' },
	{ selector: 'main', name: 'the main content' },
];

/** Names the part of the page an element is in: "the sidebar (src/navigation.ts)" and so on. */
export function regionOf(element: Cheerio<AnyNode>): string {
	const found = REGIONS.find(({ selector }) => element.closest(selector).length > 0);
	return found?.name ?? 'the page';
}
