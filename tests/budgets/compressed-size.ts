import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Brotli at its best quality, as a static host that precompresses its files serves them.
 * Hosts that compress on the fly use a lower quality and send a few percent more.
 */
export function brotli(content: string | Buffer): Buffer {
	return brotliCompressSync(content, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(content),
		},
	});
}

/** The number of bytes `content` takes on the wire, brotli-compressed. */
export const brotliSize = (content: string | Buffer): number => brotli(content).length;
