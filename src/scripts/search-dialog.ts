import { KIND_FILTER, SEARCH_KINDS, isSearchKind, type SearchKind } from '../lib/page-kind';
import { ALIASES_META, CONTEXT_META, NAME_SEPARATOR, NUMBER_META } from '../lib/search-meta';
import { namedFirst } from '../lib/search-order';
import { loadPagefind, type HitData, type Pagefind, type SearchHit } from './pagefind-client';

/**
 * The search dialog, loaded the first time it opens. The input is a combobox that owns a
 * listbox of results, as in the WAI-ARIA combobox pattern: focus stays in the input, the arrow
 * keys move the active result (aria-activedescendant), Enter opens it, Escape closes the
 * dialog. Each result is a link, so it also opens with a click, in a new tab or by a screen
 * reader's own navigation; links take no Tab stop, the listbox is reached with the arrows.
 */

/**
 * Results shown at first, and added by each "Show more results". Each shown result costs a
 * request for its text, so the first screen asks for a few: the first result appears sooner.
 */
const FIRST_PAGE = 6;
const MORE_PAGE = 10;

/**
 * How long typing must pause before a search runs. Pagefind answers in a few milliseconds,
 * so this only spares searches for words still being typed; the index part a query needs is
 * fetched meanwhile, as soon as its last word has three letters, by `preload`.
 */
const DEBOUNCE_MS = 30;

interface Elements {
	input: HTMLInputElement;
	kinds: HTMLElement;
	status: HTMLElement;
	list: HTMLElement;
	more: HTMLButtonElement;
	empty: HTMLElement;
	close: HTMLButtonElement;
}

/** Wires the dialog to the index, and searches for what the reader has typed so far. */
export function startSearch(root: HTMLElement, dialog: HTMLDialogElement) {
	const elements = findElements(dialog);
	const { input, kinds, list, more, close } = elements;
	const engine = loadPagefind(root.dataset.base ?? '/');
	// Searches give counts by kind only once the filter index is in; it loads alongside the
	// index part the first query needs, which `preload` starts as the reader types.
	const counted = engine.then((pagefind) => pagefind.filters());

	let kind: SearchKind | undefined;
	let hits: SearchHit[] = [];
	let shown = 0;
	let active = -1;
	let latest = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

	async function run() {
		const query = input.value.trim();
		const ticket = ++latest;
		if (query === '') return clear(elements);

		const pagefind = await ready(Promise.all([engine, counted]), elements);
		if (!pagefind || ticket !== latest) return;

		const search = await pagefind.search(query, kind ? { filters: { [KIND_FILTER]: kind } } : {});
		const loaded = await Promise.all(search.results.slice(0, FIRST_PAGE).map((hit) => hit.data()));
		const first = namedFirst(loaded, query, namesOf);
		// A newer keystroke has started its own search; this one's results are stale.
		if (ticket !== latest) return;

		hits = search.results;
		shown = first.length;
		setActive(-1);
		list.replaceChildren(...first.map((data, index) => option(data, index)));
		renderKinds(kinds, search.totalFilters[KIND_FILTER] ?? {}, search.unfilteredResultCount, kind);
		report(elements, query, hits.length, search.unfilteredResultCount, kind);
		more.hidden = shown >= hits.length;
	}

	/** The next results, in Pagefind's order: names first applies to the first screen only. */
	async function showMore() {
		const next = await Promise.all(hits.slice(shown, shown + MORE_PAGE).map((hit) => hit.data()));
		list.append(...next.map((data, index) => option(data, shown + index)));
		shown += next.length;
		more.hidden = shown >= hits.length;
		setActive(shown - next.length);
		input.focus();
	}

	function setActive(index: number) {
		const all = options();
		active = all.length === 0 ? -1 : index;
		all.forEach((element, position) =>
			element.setAttribute('aria-selected', String(position === active)),
		);

		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	}

	function onKeydown(event: KeyboardEvent) {
		const count = options().length;
		if (event.key === 'ArrowDown' && count > 0) {
			event.preventDefault();
			setActive((active + 1) % count);
		} else if (event.key === 'ArrowUp' && count > 0) {
			event.preventDefault();
			setActive(active <= 0 ? count - 1 : active - 1);
		} else if (event.key === 'Enter' && !event.isComposing && count > 0) {
			// With no result chosen yet, Enter opens the first: the one the reader sees on top.
			event.preventDefault();
			follow(options()[Math.max(active, 0)], dialog);
		}
	}

	const schedule = () => {
		// Index parts are fetched by the words' first letters; a word of one or two letters
		// would fetch parts for every word it could start, most of which the next key rules out.
		const query = input.value.trim();
		if (/\S{3}$/.test(query)) {
			// A failed load is reported by the search that follows; preloading stays quiet.
			void engine.then((pagefind) => pagefind.preload(query)).catch(() => undefined);
		}
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	};
	input.addEventListener('input', schedule);
	input.addEventListener('keydown', onKeydown);

	kinds.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-kind]');
		if (!button) return;
		const chosen = button.dataset.kind!;
		kind = isSearchKind(chosen) ? chosen : undefined;
		void run();
	});

	list.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('[role="option"]');
		// A plain click leaves the page, or moves on it when the result is on this page; either
		// way the dialog must not stay over it. Other clicks open a new tab and keep it.
		if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
			dialog.close();
		}
	});

	more.addEventListener('click', () => void showMore());
	close.addEventListener('click', () => dialog.close());

	// A click on the backdrop lands on the dialog itself, outside its frame.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});

	// Keys typed while this module loaded are in the box already.
	if (input.value.trim() !== '') schedule();
}

function findElements(dialog: HTMLDialogElement): Elements {
	const find = <T extends HTMLElement>(name: string) =>
		dialog.querySelector<T>(`[data-search-${name}]`)!;

	return {
		input: find('input'),
		kinds: find('kinds'),
		status: find('status'),
		list: find('results'),
		more: find('more'),
		empty: find('empty'),
		close: find('close'),
	};
}

/** Pagefind once loaded; on failure the dialog says so and offers the pages to browse. */
async function ready(loading: Promise<[Pagefind, unknown]>, elements: Elements) {
	try {
		return (await loading)[0];
	} catch {
		elements.status.textContent = 'Search could not load. Browse instead:';
		elements.empty.hidden = false;
		return undefined;
	}
}

/** One result: what it is, its title and where it sits, and the words around the match. */
function option(data: HitData, index: number): HTMLAnchorElement {
	const kind = data.filters[KIND_FILTER]?.[0] ?? 'page';
	const id = `search-result-${index}`;

	const link = document.createElement('a');
	link.id = id;
	link.href = data.url;
	link.setAttribute('role', 'option');
	link.tabIndex = -1;
	link.setAttribute('aria-selected', 'false');
	link.setAttribute('aria-labelledby', `${id}-kind ${id}-title`);
	link.setAttribute('aria-describedby', `${id}-excerpt`);

	const label = span('result-kind', `${id}-kind`, kindLabel(kind, data.meta[NUMBER_META]));
	const title = span('result-title', `${id}-title`, data.meta.title ?? data.url);
	const context = data.meta[CONTEXT_META];
	if (context) {
		title.append(' ', span('result-context', '', `· ${context}`));
	}
	const excerpt = span('result-excerpt', `${id}-excerpt`, '');
	// Pagefind escapes the page text and adds only <mark> elements around matches.
	excerpt.innerHTML = data.excerpt;

	link.append(label, title, excerpt);
	return link;
}

/** What a result is called: its title, the other names its title's terms go by, its number. */
function namesOf(data: HitData): string[] {
	const { title, [NUMBER_META]: number } = data.meta;
	return [
		...(title ? [title] : []),
		...(data.meta[ALIASES_META]?.split(NAME_SEPARATOR) ?? []),
		...(number ? [number, kindLabel(data.filters[KIND_FILTER]?.[0] ?? 'page', number)] : []),
	];
}

function kindLabel(kind: string, number?: string) {
	const label = isSearchKind(kind) ? SEARCH_KINDS[kind] : SEARCH_KINDS.page;
	return number ? `${label} ${number}` : label;
}

function span(className: string, id: string, text: string) {
	const element = document.createElement('span');
	element.className = className;
	if (id) element.id = id;
	element.textContent = text;
	return element;
}

/** The row of kinds to narrow by, each with its count for the query, "All" first. */
function renderKinds(
	container: HTMLElement,
	counts: Record<string, number>,
	total: number,
	chosen: SearchKind | undefined,
) {
	const kinds = (Object.keys(SEARCH_KINDS) as SearchKind[]).filter(
		(kind) => (counts[kind] ?? 0) > 0 || kind === chosen,
	);
	const button = (value: string, label: string, count: number, pressed: boolean) => {
		const element = document.createElement('button');
		element.type = 'button';
		element.dataset.kind = value;
		element.setAttribute('aria-pressed', String(pressed));
		element.textContent = `${label} (${count})`;
		return element;
	};

	container.replaceChildren(
		button('all', 'All', total, chosen === undefined),
		...kinds.map((kind) => button(kind, SEARCH_KINDS[kind], counts[kind] ?? 0, kind === chosen)),
	);
	container.hidden = total === 0;
}

/** Says how many results there are, which the status line announces politely. */
function report(
	{ status, list, empty, input }: Elements,
	query: string,
	count: number,
	total: number,
	kind: SearchKind | undefined,
) {
	const plural = (n: number) => (n === 1 ? '1 result' : `${n} results`);
	const narrowed = kind ? ` of kind ${SEARCH_KINDS[kind]}` : '';

	status.textContent =
		total === 0
			? `No results for “${query}”.`
			: count === 0
				? `No results${narrowed}; ${plural(total)} of other kinds.`
				: `${plural(count)}${narrowed} for “${query}”.`;

	list.hidden = count === 0;
	empty.hidden = total > 0;
	input.setAttribute('aria-expanded', String(count > 0));
}

function clear({ status, list, kinds, more, empty, input }: Elements) {
	status.textContent = '';
	list.replaceChildren();
	list.hidden = true;
	kinds.hidden = true;
	more.hidden = true;
	empty.hidden = true;
	input.setAttribute('aria-expanded', 'false');
	input.removeAttribute('aria-activedescendant');
}

/** Opens a result; one on the page already open only moves to its row. */
function follow(link: HTMLAnchorElement, dialog: HTMLDialogElement) {
	dialog.close();
	if (link.href === location.href) {
		document.getElementById(decodeURIComponent(link.hash.slice(1)))?.scrollIntoView();
		return;
	}
	location.assign(link.href);
}
