import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Writes a tiny project or built site to a fresh temporary folder, from file paths to their
 * text, and returns the folder. Tests plant one fault each in sites made this way.
 */
export function writeFixture(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'site-checks-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** A page with what every page of the site has around its content. */
export function page(main: string, head = ''): string {
	return (
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>' +
		`${head}</head><body><nav id="starlight__sidebar"><a href="/">Home</a></nav>` +
		`<main><h1 id="_top">Fixture</h1>${main}</main></body></html>`
	);
}
