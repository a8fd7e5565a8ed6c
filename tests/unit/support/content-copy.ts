import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root, where the real content lives. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A scratch copy of the real content, to break one thing in and check what the build says.
 * Starting from the real content means each test proves one fault, not a fixture's quirks.
 */
export function copyContent() {
	const root = mkdtempSync(join(tmpdir(), 'gtm-os-content-'));
	cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });

	return {
		root,
		/** Rewrites a JSON file through `edit`, which may change the data in place. */
		editJson(file: string, edit: (data: any) => unknown) {
			const path = join(root, file);
			const data = JSON.parse(readFileSync(path, 'utf8'));
			const result = edit(data);
			writeFileSync(path, JSON.stringify(result ?? data, null, '\t'));
		},
		/** Rewrites a text file through `edit`; fails if the edit changes nothing. */
		editText(file: string, edit: (text: string) => string) {
			const path = join(root, file);
			const before = readFileSync(path, 'utf8');
			const after = edit(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing.`);
			writeFileSync(path, after);
		},
	};
}
