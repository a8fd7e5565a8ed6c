import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { decode } from 'cbor2';
import { describe, expect, it } from 'vitest';

import { CHUNK_POSITIONS } from '../../src/integrations/recut-index';
import { readSearchContent } from '../../src/integrations/search-content';
import { wordPositions, type IndexedWord } from '../../src/lib/index-chunks';
import { KIND_FILTER, pageKind } from '../../src/lib/page-kind';
import { recordUrl, rowRecords } from '../../src/lib/search-records';
import { playbookUrl } from '../../src/lib/urls';
import { builtPages, DIST_DIR, REPO_ROOT } from '../support/built-site';

// The search index as the build wrote it: one fragment per record, each a gzipped JSON
// document after a "pagefind_dcd" marker, holding the record's address, text, metadata and
// filters. Reading them proves what search can find without starting a browser.

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

const BUNDLE = join(DIST_DIR, 'pagefind');

const fragments: Fragment[] = readdirSync(join(BUNDLE, 'fragment')).map((name) => {
	const text = gunzipSync(readFileSync(join(BUNDLE, 'fragment', name))).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{')));
});
const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

describe('the search index', () => {
	it('has every row record, at its anchor, with its kind', () => {
		for (const row of rowRecords(readSearchContent(REPO_ROOT))) {
			const fragment = byUrl.get(recordUrl(row));
			expect(fragment, recordUrl(row)).toBeDefined();
			expect(fragment!.filters[KIND_FILTER]).toEqual([row.kind]);
			expect(fragment!.meta.title).toBe(row.title);
		}
	});

	it('has every page but the 404 page, with the kind its address gives it', () => {
		const pages = builtPages().filter((page) => page.path.endsWith('/'));
		expect(pages.length).toBeGreaterThan(100);

		for (const page of pages) {
			const fragment = byUrl.get(page.path);
			expect(fragment, page.path).toBeDefined();
			expect(fragment!.filters[KIND_FILTER]).toEqual([pageKind(page.path)]);
		}
		expect(fragments.some((fragment) => fragment.url.includes('404'))).toBe(false);
	});

	it('knows each playbook by its number', () => {
		const { playbookNumbers } = readSearchContent(REPO_ROOT);
		for (const [id, number] of playbookNumbers) {
			expect(byUrl.get(playbookUrl(id))?.meta.number, id).toBe(String(number));
		}
	});

	it('leaves out what is on every page: the next and previous links and the credit', () => {
		const cpq = byUrl.get(playbookUrl('cpq-implementation'))!;
		// Its neighbours in the numbering are linked from its footer, which is not about it.
		expect(cpq.content).not.toContain('NPS and Voice of Customer Launch');
		for (const fragment of fragments) {
			expect(fragment.content, fragment.url).not.toContain('Content from the appendix');
		}
	});

	it('leaves the rows out of the page that lists them, since each is a record', () => {
		const glossary = byUrl.get('/glossary/')!;
		expect(glossary.content).not.toContain('tailors campaigns');
		expect(byUrl.get('/glossary/#abm')!.content).toContain('tailors campaigns');
	});

	it('ships only the files search loads, not the interfaces Pagefind bundles', () => {
		expect(existsSync(join(BUNDLE, 'pagefind.js'))).toBe(true);
		expect(readdirSync(BUNDLE).filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
	});

	it('cuts the word index small, and a search finds each word in the chunk it loads', () => {
		// What Pagefind's search does with the chunk list (see src/lib/index-chunks.ts): it
		// loads, for each word typed, the first chunk whose bounds hold it.
		const read = (file: string) =>
			decode(gunzipSync(readFileSync(join(BUNDLE, file))).subarray(12)) as unknown[];
		const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8'));
		const chunks = read(`pagefind.${entry.languages.en.hash}.pf_meta`)[2] as string[][];
		const words = new Map(
			chunks.flatMap(([, , hash]) =>
				(read(`index/${hash}.pf_index`)[0] as IndexedWord[]).map(
					(word): [IndexedWord, string] => [word, hash],
				),
			),
		);
		const lookUp = (term: string) => chunks.find(([from, to]) => term >= from && term <= to)?.[2];

		expect(words.size).toBeGreaterThan(1000);
		const misses = [...words].flatMap(([[word], hash]) =>
			[...word]
				.map((_, i) => word.slice(0, i + 1))
				.filter((prefix) => prefix.length >= 2 && lookUp(prefix) !== hash)
				.map((prefix) => `"${prefix}" (of "${word}")`),
		);
		expect(misses).toEqual([]);

		// A chunk grows past its size only to reach a change of letter, and stops at three times
		// its size: before its last word, it held less than that.
		for (const [, , hash] of chunks) {
			const own = [...words].filter(([, home]) => home === hash).map(([word]) => word);
			const size = own.slice(0, -1).reduce((sum, word) => sum + wordPositions(word), 0);
			expect(size, hash).toBeLessThan(3 * CHUNK_POSITIONS);
		}
	});
});
