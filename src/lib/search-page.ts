import { load, type Cheerio } from 'cheerio';
import type { Element } from 'domhandler';

import { KIND_FILTER, type SearchKind } from './page-kind';
import { ALIASES_META, MENTIONS_META, NAME_SEPARATOR } from './search-meta';
import { otherNames, type SynonymGroup } from './synonyms';

/** How one built page goes into the search index. */
export interface PageIndexing {
	kind: SearchKind;
	/**
	 * Ids of the rows on this page that are search records of their own. The page's record
	 * leaves them out, so a search for a row finds the row, and the page only for its prose.
	 */
	rowIds: readonly string[];
	/** Extra metadata for the result, e.g. a playbook's number. */
	meta?: Readonly<Record<string, string>>;
	groups: readonly SynonymGroup[];
}

/** A page ready for Pagefind, and the ids its indexed part holds, for checking anchors. */
export interface IndexablePage {
	html: string;
	ids: ReadonlySet<string>;
}

/**
 * Parts of every page that say nothing about it: Starlight's footer, whose previous and next
 * links name other playbooks ("28. NPS and Voice of Customer Launch"), and the source credit.
 */
const NOT_ABOUT_THE_PAGE = ['footer', '.source-credit'];

/** Elements whose text is a word or phrase of its own, not part of its neighbour's. */
const CELLS = 'dt, dd, th, td, caption';

/**
 * Marks up a built page for Pagefind: its kind as a filter, its extra metadata, the other
 * names of the glossary terms it uses, and its row records left out. Returns null for a page
 * Starlight keeps out of search (one without `data-pagefind-body`, such as the 404 page).
 */
export function prepareForIndex(html: string, page: PageIndexing): IndexablePage | null {
	const $ = load(separateWords(html));
	const body = $('[data-pagefind-body]').first();
	if (body.length === 0) return null;

	// Pagefind runs the text of these together ("Stage" and "1 of 5" become "Stage1").
	body.find(CELLS).append(' ');

	const ids = new Set(
		body
			.find('[id]')
			.map((_, element) => $(element).attr('id')!)
			.get(),
	);

	for (const id of page.rowIds) {
		body.find(`[id="${id}"]`).attr('data-pagefind-ignore', 'all');
	}
	body.find(NOT_ABOUT_THE_PAGE.join(', ')).attr('data-pagefind-ignore', 'all');

	const title = $('h1').first().text().trim();
	const meta = {
		...page.meta,
		...aliasMeta(title, indexedText(body), page.groups),
	};

	const tags = [
		$('<span hidden></span>').attr('data-pagefind-filter', `${KIND_FILTER}:${page.kind}`),
		...Object.entries(meta).map(([key, value]) =>
			$('<span hidden></span>').attr('data-pagefind-meta', `${key}:${value}`),
		),
	];
	body.append(...tags);

	return { html: $.html(), ids };
}

/**
 * The other names of the glossary terms a record's title and text use, as metadata: those of
 * the title's terms under `aka`, the rest under `mentions`. Empty keys are left out.
 */
export function aliasMeta(
	title: string,
	text: string,
	groups: readonly SynonymGroup[],
): Record<string, string> {
	const inTitle = otherNames(title, groups);
	const known = new Set(inTitle.map((name) => name.toLowerCase()));
	const inText = otherNames(text, groups).filter((name) => !known.has(name.toLowerCase()));

	return {
		...(inTitle.length > 0 && { [ALIASES_META]: inTitle.join(NAME_SEPARATOR) }),
		...(inText.length > 0 && { [MENTIONS_META]: inText.join(NAME_SEPARATOR) }),
	};
}

/**
 * Puts spaces around arrows, which Pagefind reads as part of a word: "Opp→CW" would only be
 * found by "opp", never by "CW". Only the indexed copy changes, not the page.
 */
export const separateWords = (text: string) => text.replace(/\s*→\s*/g, ' → ');

/** The text of the part of a page Pagefind indexes: without the parts marked to ignore. */
function indexedText(body: Cheerio<Element>): string {
	const copy = body.clone();
	copy.find('[data-pagefind-ignore]').remove();
	return copy.text();
}
