import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { recutIndex } from '../lib/index-chunks';

/**
 * Word positions per index chunk, a quarter of Pagefind's 20,000: chunks of about 6 KB here.
 * Smaller would mean more files for little: Pagefind's script and WebAssembly are the bulk of
 * a first search, and a prefix typed so far reaches only the words of its own chunk.
 */
export const CHUNK_POSITIONS = 5000;

interface Entry {
	languages: Record<string, { hash: string }>;
}

/**
 * Re-cuts the word index Pagefind wrote in `bundle` (see src/lib/index-chunks.ts): writes the
 * new chunks and metadata, removes the old ones and points pagefind-entry.json at the new
 * metadata.
 */
export function recutIndexFiles(bundle: string, maxPositions = CHUNK_POSITIONS) {
	const entryFile = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;

	for (const [language, info] of Object.entries(entry.languages)) {
		const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
		const recut = recutIndex(
			{
				language,
				metaHash: info.hash,
				meta: readFileSync(metaFile),
				readChunk: (hash) => readFileSync(chunkFile(bundle, hash)),
			},
			maxPositions,
		);

		for (const hash of recut.replaced) rmSync(chunkFile(bundle, hash));
		rmSync(metaFile);
		for (const [hash, file] of recut.chunks) writeFileSync(chunkFile(bundle, hash), file);
		writeFileSync(join(bundle, `pagefind.${recut.metaHash}.pf_meta`), recut.meta);
		info.hash = recut.metaHash;
	}

	writeFileSync(entryFile, JSON.stringify(entry));
}

const chunkFile = (bundle: string, hash: string) => join(bundle, 'index', `${hash}.pf_index`);
