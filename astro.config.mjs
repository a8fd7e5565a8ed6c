// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

import { contentCheck } from './src/integrations/content-check.ts';
import { inlineCodeHashes } from './src/integrations/inline-code-hashes.ts';
import { permalinksKept } from './src/integrations/permalinks-kept.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SIDEBAR } from './src/navigation.ts';

export default defineConfig({
	site: 'https://gtm-os.example.org',
	trailingSlash: 'always',
	// The content security policy, in a <meta> on every page. Astro hashes the scripts and
	// styles it bundles; inlineCodeHashes() below hashes the inline ones it leaves. Directives a
	// <meta> cannot carry (frame-ancestors) are in public/_headers. The README explains each.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind runs its search as WebAssembly, which needs this; it allows no eval().
				resources: ["'self'", "'wasm-unsafe-eval'"],
			},
			styleDirective: {
				// Stylesheets and <style> come from the site, by hash. Starlight sets icon sizes and
				// such in style attributes, which cannot run code; allowing them is the trade-off.
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	// Starlight highlights code blocks with Expressive Code, which works under the policy.
	// Astro's own Shiki pass goes unused; off, it no longer warns that it would not.
	markdown: { syntaxHighlight: false },
	integrations: [
		// First, so bad content stops the build before Astro loads a collection.
		contentCheck(),
		starlight({
			title: 'GTM OS Reference',
			description:
				'The GTM operating system for B2B SaaS: stages, process matrices, metrics, benchmarks and 68 playbooks.',
			sidebar: SIDEBAR,
			customCss: ['./src/styles/site.css'],
			// Base paths for links written in Markdown frontmatter; no canonical on the 404 page.
			routeMiddleware: './src/starlight-route-data.ts',
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
		// After Starlight, so the pages it writes are there to index and to check.
		searchIndex(),
		permalinksKept(),
		// Last, so it hashes the pages as the other integrations leave them.
		inlineCodeHashes(),
	],
});
