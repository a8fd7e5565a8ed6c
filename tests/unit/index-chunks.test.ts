import { gunzipSync, gzipSync } from 'node:zlib';

import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
	chunkBounds,
	cutWords,
	recutIndex,
	wordPositions,
	type IndexedWord,
	type LanguageIndex,
} from '../../src/lib/index-chunks';

// A real index from Pagefind, big enough for Pagefind to cut it into several chunks: the tests
// read its format, not a copy of it made by hand.
const VOCABULARY = Array.from({ length: 600 }, (_, i) => wordFor(i));
let index: LanguageIndex;
let files: Map<string, Uint8Array>;

/** A made-up word per number, spread over the alphabet and sharing prefixes ("bac", "bad"). */
function wordFor(n: number): string {
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	return [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676)].map((d) => letters[d]).join('')
		.padEnd(4, 'x');
}

beforeAll(async () => {
	const { index: built } = await pagefind.createIndex();
	if (!built) throw new Error('Pagefind could not start');
	for (let record = 0; record < 120; record += 1) {
		const words = Array.from({ length: 300 }, (_, i) => VOCABULARY[(record * 7 + i * 13) % 600]);
		await built.addCustomRecord({
			url: `/record-${record}/`,
			content: words.join(' '),
			language: 'en',
			meta: { title: `Record ${record}` },
		});
	}
	const response = await built.getFiles();
	files = new Map(response.files.map((file) => [file.path, file.content]));

	const entry = JSON.parse(new TextDecoder().decode(files.get('pagefind-entry.json')));
	const metaHash: string = entry.languages.en.hash;
	index = {
		language: 'en',
		metaHash,
		meta: files.get(`pagefind.${metaHash}.pf_meta`)!,
		readChunk: (hash) => files.get(`index/${hash}.pf_index`)!,
	};
}, 60_000);

afterAll(() => pagefind.close());

const read = (file: Uint8Array) => decode(gunzipSync(file).subarray(12)) as unknown[];
const chunkList = (meta: Uint8Array) => read(meta)[2] as [string, string, string][];
const wordsOf = (chunk: Uint8Array) => (read(chunk)[0] as IndexedWord[]);

/** The chunk Pagefind's search loads for a term: the first whose bounds hold it. */
function chunkFor(bounds: readonly [string, string, string][], term: string) {
	return bounds.find(([from, to]) => term >= from && term <= to)?.[2];
}

describe('Re-cutting the search index', () => {
	it('starts each chunk where Pagefind does, and ends it at its last word', () => {
		const pagefindChunks = chunkList(index.meta);
		expect(pagefindChunks.length).toBeGreaterThan(1);

		const words = pagefindChunks.map(([, , hash]) => wordsOf(index.readChunk(hash)));
		const bounds = chunkBounds(words);

		expect(bounds.map(([from]) => from)).toEqual(pagefindChunks.map(([from]) => from));
		expect(bounds.map(([, to]) => to)).toEqual(words.map((chunk) => chunk.at(-1)![0]));
	});

	it('keeps every word and where it is, in order, in smaller chunks', () => {
		const before = chunkList(index.meta).flatMap(([, , hash]) => wordsOf(index.readChunk(hash)));

		const recut = recutIndex(index, 2000);
		const after = chunkList(recut.meta).map(([, , hash]) => wordsOf(recut.chunks.get(hash)!));

		expect(after.length).toBeGreaterThan(chunkList(index.meta).length);
		expect(after.flat()).toEqual(before);
		expect(recut.replaced).toEqual(chunkList(index.meta).map(([, , hash]) => hash));
	});

	it('changes nothing in the metadata but the chunk list, and names files by content', () => {
		const recut = recutIndex(index, 2000);
		const [before, after] = [read(index.meta), read(recut.meta)];

		expect(after.with(2, null)).toEqual(before.with(2, null));
		expect(recut.metaHash).toMatch(/^en_[0-9a-f]{10}$/);
		expect(recut.metaHash).not.toBe(index.metaHash);
		for (const hash of recut.chunks.keys()) expect(hash).toMatch(/^en_[0-9a-f]{7,}$/);
		expect(recutIndex(index, 2000).metaHash).toBe(recut.metaHash);
	});

	it('finds every word from its first two letters on, in the chunk Pagefind would load', () => {
		// Small enough that some letters are cut into several chunks.
		const recut = recutIndex(index, 500);
		const bounds = chunkList(recut.meta);
		expect(bounds.some(([from]) => from.length >= 2)).toBe(true);
		const home = new Map(
			bounds.flatMap(([, , hash]) => wordsOf(recut.chunks.get(hash)!).map((w) => [w[0], hash])),
		);

		const misses = [...home].flatMap(([word, hash]) =>
			[...word]
				.map((_, i) => word.slice(0, i + 1))
				.filter((prefix) => prefix.length >= 2 && chunkFor(bounds, prefix) !== hash)
				.map((prefix) => `${prefix} (${word})`),
		);

		expect(misses).toEqual([]);
	});

	it('stops the build, naming the file, when a file is not in the format it knows', () => {
		const [, , hash] = chunkList(index.meta)[0];
		const plain = { ...index, readChunk: () => gzipSync(Buffer.from('not an index')) };
		const reordered = {
			...index,
			// The same data encoded another way (a map, not an array) is a format change too.
			readChunk: () => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0xa0])])),
		};

		expect(() => recutIndex(plain, 2000)).toThrow(
			new RegExp(`cannot read index/${hash}\\.pf_index: it does not start with Pagefind`),
		);
		expect(() => recutIndex(reordered, 2000)).toThrow(/does not give the same bytes|format/);
		expect(() => recutIndex(plain, 2000)).toThrow(/Check src\/lib\/index-chunks\.ts/);
	});
});

describe('Cutting words into chunks', () => {
	const word = (text: string, positions: number): IndexedWord => [
		text,
		[[0, Array.from({ length: positions - 1 }, (_, i) => i)]],
	];

	it('counts a word as Pagefind does: one per page, plus its positions', () => {
		expect(wordPositions(['a', [[0, [1, 2, 3]], [4, [5], [6, 7]]]])).toBe(4 + 4);
	});

	it('cuts where the first letter changes once a chunk is full', () => {
		const words = [word('aa', 5), word('ab', 5), word('ac', 5), word('ba', 5), word('bb', 5)];

		expect(cutWords(words, 8).map((chunk) => chunk.map(([text]) => text))).toEqual([
			['aa', 'ab', 'ac'],
			['ba', 'bb'],
		]);
	});

	it('cuts within a letter, then anywhere, when one letter holds too much', () => {
		const words = ['aaa', 'aab', 'aba', 'abb', 'abc', 'abd'].map((text) => word(text, 5));

		expect(cutWords(words, 5).map((chunk) => chunk.map(([text]) => text))).toEqual([
			['aaa', 'aab'],
			['aba', 'abb', 'abc'],
			['abd'],
		]);
	});
});
