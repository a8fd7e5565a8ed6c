// html-validate's settings for the built pages (tests/site/html.test.ts checks every one).
// The recommended preset, less the rules that only pick one of two valid spellings: Astro and
// Starlight write HTML that is valid either way, and we do not control their choice.
import { defineConfig } from 'html-validate';

export default defineConfig({
	root: true,
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements both as <meta> and <meta/>; HTML allows both.
		'void-style': 'off',

		// Astro keeps a template's whitespace, and a space before a line break renders nothing.
		'no-trailing-whitespace': 'off',

		// Starlight writes boolean attributes as open="" and hidden=""; HTML allows both.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',

		// HTML allows any id without spaces; the rule's default wants a leading letter, and
		// Starlight names its page title "_top". Relaxed still rejects ids HTML rejects.
		'valid-id': ['error', { relaxed: true }],

		// A bare "&" that cannot start a character reference ("Website & Positioning" in a
		// title) is valid HTML; relaxed still rejects an ambiguous one such as "&copy".
		'no-raw-characters': ['error', { relaxed: true }],

		// Starlight sets icon sizes and its search dialog's state in style attributes. The
		// content security policy allows style attributes on purpose (astro.config.mjs).
		'no-inline-style': 'off',
	},
});
