/**
 * Cuts Pagefind's word index into smaller chunks than Pagefind does.
 *
 * A search fetches the index chunk that holds each word of the query. Pagefind 1.6 closes a
 * chunk at 20,000 word positions, a constant in its indexer and not an option; here that made
 * chunks of about 22 KB, so a first search with two words fetched 44 KB of index on top of
 * Pagefind's 70 KB of script and WebAssembly, over the 120 KB the site allows a first search.
 * Smaller chunks cost a few more files on disk and nothing else: a search still fetches one
 * chunk per word.
 *
 * The files are Pagefind's own formats (gzip of a signature and CBOR, read by its
 * WebAssembly); nothing here changes what a chunk or the metadata says, only where the words
 * are cut. Before cutting, every file is decoded and encoded again, and the step stops if that
 * does not give Pagefind's bytes back: a Pagefind release with another format stops the build
 * instead of shipping an index its search cannot read.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

import { decode, encode } from 'cbor2';

/** What Pagefind puts before the CBOR of each file, inside the gzip. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** One page a word is on: its number in the metadata's page list, then lists of positions. */
type WordPage = [page: number, ...positions: number[][]];

/** A word of the index: the word, the pages it is on, and what else Pagefind stores with it. */
export type IndexedWord = [word: string, pages: WordPage[], ...rest: unknown[]];

/** Where a chunk's words start and end, and its file (`index/<hash>.pf_index`). */
type ChunkEntry = [from: string, to: string, hash: string];

/** One language's index: its metadata file, and how to read a chunk file by its hash. */
export interface LanguageIndex {
	language: string;
	metaHash: string;
	meta: Uint8Array;
	readChunk: (hash: string) => Uint8Array;
}

/** The same index cut again, under new hashes (file names change with content). */
export interface RecutIndex {
	metaHash: string;
	meta: Uint8Array;
	chunks: Map<string, Uint8Array>;
	/** The hashes of the chunks this replaces. */
	replaced: string[];
}

/** How much a word weighs toward a chunk's size, counted as Pagefind counts it. */
export function wordPositions([, pages]: IndexedWord): number {
	return pages.reduce(
		(sum, [, ...positions]) => sum + 1 + positions.reduce((n, list) => n + list.length, 0),
		0,
	);
}

/**
 * Cuts words, in index order, into runs of at least `maxPositions` positions where the words
 * allow it, preferring cuts where the first letter changes.
 *
 * Pagefind looks up each word of a query in the one chunk whose bounds hold it, and finds the
 * words that begin with the last, half-typed word ("clos" for "closed") in that chunk only. A
 * cut between "wa" and "wo" would leave "closed w" with no results until the next key. So a
 * chunk that has reached its size grows on to where the first letter changes; past twice the
 * size, to where the first two letters change; past three times, it is cut at once.
 */
export function cutWords(words: readonly IndexedWord[], maxPositions: number): IndexedWord[][] {
	const chunks: IndexedWord[][] = [];
	let chunk: IndexedWord[] = [];
	let size = 0;

	for (const word of words) {
		const previous = chunk.at(-1);
		if (previous && size >= maxPositions) {
			const shared = sharedPrefix(previous[0], word[0]);
			const allowed = size < 2 * maxPositions ? 0 : size < 3 * maxPositions ? 1 : Infinity;
			if (shared <= allowed) {
				chunks.push(chunk);
				[chunk, size] = [[], 0];
			}
		}
		chunk.push(word);
		size += wordPositions(word);
	}
	if (chunk.length > 0) chunks.push(chunk);

	return chunks;
}

/** How many leading characters two words share. */
function sharedPrefix(a: string, b: string): number {
	const [first, second] = [[...a], [...b]];
	let shared = 0;
	while (shared < first.length && first[shared] === second[shared]) shared += 1;
	return shared;
}

/**
 * The first and last word each chunk answers for. A chunk starts, as in Pagefind, at the
 * shortest prefix of its first word that sorts after the previous chunk's last word ("comm"
 * after "come"), so what is typed of its first word is looked up there. It ends at its last
 * word. Pagefind shortens that end the same way, which leaves out a last word longer than the
 * prefix ("comes" ends at "come"); after a cut where the letter changes, that would be every
 * word of the chunk's last letter.
 */
export function chunkBounds(chunks: readonly (readonly IndexedWord[])[]): [string, string][] {
	return chunks.map((words, i) => {
		const first = words[0][0];
		const previous = chunks[i - 1]?.at(-1)?.[0];
		const from =
			previous === undefined
				? first
				: [...first].slice(0, sharedPrefix(previous, first) + 1).join('');
		return [from, words.at(-1)![0]];
	});
}

/** Cuts one language's index into chunks of at most about `maxPositions` positions. */
export function recutIndex(index: LanguageIndex, maxPositions: number): RecutIndex {
	const meta = readFile(index.meta, `pagefind.${index.metaHash}.pf_meta`);
	const entries = metaChunks(meta, index.metaHash);

	const words = entries.flatMap(([, , hash]) => {
		const name = `index/${hash}.pf_index`;
		return readFile(index.readChunk(hash), name)[0] as IndexedWord[];
	});

	const cut = cutWords(words, maxPositions);
	const chunks = new Map<string, Uint8Array>();
	const newEntries = chunkBounds(cut).map(([from, to], i): ChunkEntry => {
		const body = encode([cut[i]]);
		const hash = uniqueHash(index.language, body, 7, chunks);
		chunks.set(hash, writeFile(body));
		return [from, to, hash];
	});

	const newMeta = encode(meta.with(2, newEntries));
	return {
		metaHash: uniqueHash(index.language, newMeta, 10, new Map()),
		meta: writeFile(newMeta),
		chunks,
		replaced: entries.map(([, , hash]) => hash),
	};
}

/** A file's CBOR, decoded, after proving it encodes back to the same bytes. */
function readFile(file: Uint8Array, name: string): unknown[] {
	const data = gunzipSync(file);
	if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
		throw formatError(name, 'it does not start with Pagefind’s signature');
	}

	const body = data.subarray(SIGNATURE.length);
	const decoded = decode(body);
	if (!Array.isArray(decoded) || !Buffer.from(encode(decoded)).equals(body)) {
		throw formatError(name, 'decoding and encoding it again does not give the same bytes');
	}
	return decoded;
}

function writeFile(body: Uint8Array): Uint8Array {
	return gzipSync(Buffer.concat([SIGNATURE, body]), { level: 9 });
}

/** The metadata's list of chunks, checked for the shape this step relies on. */
function metaChunks(meta: unknown[], metaHash: string): ChunkEntry[] {
	const entries = meta[2];
	const isEntry = (entry: unknown) =>
		Array.isArray(entry) && entry.length === 3 && entry.every((part) => typeof part === 'string');
	if (typeof meta[0] !== 'string' || !Array.isArray(entries) || !entries.every(isEntry)) {
		throw formatError(`pagefind.${metaHash}.pf_meta`, 'its third field is not the chunk list');
	}
	return entries as ChunkEntry[];
}

/** Pagefind names files by a short hash of their content; lengthen it if two would collide. */
function uniqueHash(
	language: string,
	body: Uint8Array,
	length: number,
	taken: ReadonlyMap<string, unknown>,
): string {
	const full = createHash('sha256').update(body).digest('hex');
	let hash = `${language}_${full.slice(0, length)}`;
	for (let more = length + 1; taken.has(hash); more += 1) {
		hash = `${language}_${full.slice(0, more)}`;
	}
	return hash;
}

const formatError = (file: string, problem: string) =>
	new Error(
		`The search index step cannot read ${file}: ${problem}. Pagefind's index format has ` +
			'probably changed with a new release. Check src/lib/index-chunks.ts against that ' +
			'release, or remove the step from src/integrations/search-index.ts to ship ' +
			"Pagefind's own chunks.",
	);
