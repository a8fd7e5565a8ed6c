import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Loader } from 'astro/loaders';

/**
 * Loads matrix rows from a folder holding one JSON array per matrix (e.g. sales.json). Each row
 * becomes an entry "<matrix>/<row id>", with its matrix and its position in the file added, so
 * a row's order and group live in one place: where it is written.
 */
export function matrixRowsLoader(folder: string): Loader {
	return {
		name: 'matrix-rows-loader',
		load: async ({ config, store, parseData, watcher }) => {
			const root = fileURLToPath(config.root);
			const directory = join(root, folder);
			store.clear();

			for (const name of readdirSync(directory).filter((file) => file.endsWith('.json')).sort()) {
				const filePath = join(directory, name);
				const matrix = basename(name, '.json');
				const rows = JSON.parse(readFileSync(filePath, 'utf8')) as Array<{ id: string }>;

				for (const [index, row] of rows.entries()) {
					const id = `${matrix}/${row.id}`;
					const data = await parseData({ id, data: { ...row, matrix, order: index + 1 }, filePath });
					store.set({ id, data, filePath: relative(root, filePath) });
				}
			}

			watcher?.add(directory);
		},
	};
}
