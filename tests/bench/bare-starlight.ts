import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { barePages } from './bare-pages.ts';
import { linkNodeModules } from './project-copy.ts';

/**
 * A bare Starlight site with the same content, to measure ours against: Starlight alone in a
 * minimal config (its default sidebar lists every page), and one Markdown page for each of
 * our pages at the same address, holding the same tables as Markdown tables. None of our
 * components, styles, scripts or middleware is in it.
 */
export function writeBareStarlight(repoRoot: string, target: string): number {
	const pages = barePages();
	for (const [path, page] of pages) {
		const file = join(target, 'src', 'content', 'docs', `${path}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, page);
	}

	// Astro finds the packages it must bundle (Starlight's components) through these.
	const versions = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).dependencies;
	const manifest = {
		name: 'bare-starlight',
		private: true,
		type: 'module',
		dependencies: { astro: versions.astro, '@astrojs/starlight': versions['@astrojs/starlight'] },
	};
	writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(
		join(target, 'astro.config.mjs'),
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'',
			'export default defineConfig({',
			"\tsite: 'https://bare.example.org',",
			'\tintegrations: [',
			'\t\tstarlight({',
			"\t\t\ttitle: 'GTM OS Reference',",
			"\t\t\tdescription: 'The GTM operating system for B2B SaaS, as bare Starlight.',",
			'\t\t}),',
			'\t],',
			'});',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(target, 'src', 'content.config.ts'),
		[
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			"import { defineCollection } from 'astro:content';",
			'',
			'export const collections = {',
			'\tdocs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),',
			'};',
			'',
		].join('\n'),
	);
	linkNodeModules(repoRoot, target);
	return pages.size;
}
