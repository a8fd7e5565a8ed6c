// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SIDEBAR } from './src/navigation.ts';

export default defineConfig({
	site: 'https://gtm-os.example.org',
	trailingSlash: 'always',
	integrations: [
		// First, so bad content stops the build before Astro loads a collection.
		contentCheck(),
		starlight({
			title: 'GTM OS Reference',
			description:
				'The GTM operating system for B2B SaaS: stages, process matrices, metrics, benchmarks and 68 playbooks.',
			sidebar: SIDEBAR,
			customCss: ['./src/styles/site.css'],
			components: {
				Footer: './src/components/SiteFooter.astro',
				// Adds the print stylesheet: see src/styles/print.css.
				Head: './src/components/SiteHead.astro',
				Search: './src/components/SiteSearch.astro',
			},
			// Our own index replaces Starlight's: see src/integrations/search-index.ts.
			pagefind: false,
		}),
		mdx(),
		// After Starlight, so the pages it writes are there to index.
		searchIndex(),
	],
});
