import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CONTENT_COLLECTIONS } from '../../src/content-collections';
import { PROJECT_ROOT } from './support/content-copy';

// Astro's content config cannot be imported outside Astro, so this reads it as text.
const config = readFileSync(join(PROJECT_ROOT, 'src/content.config.ts'), 'utf8');

describe('the content checks and the content config', () => {
	it.each(CONTENT_COLLECTIONS.map((source) => [source.name, source]))(
		'load "%s" from the same place',
		(name, source) => {
			const definition = new RegExp(`\\b${name}: defineCollection\\(\\{[^}]*'${source.path}'`);
			expect(config).toMatch(definition);
		},
	);

	it('checks every collection the site loads, except Starlight’s own', () => {
		const loaded = [...config.matchAll(/^\t(\w+): defineCollection/gm)].map((match) => match[1]);
		const checked = CONTENT_COLLECTIONS.map((source) => source.name);

		expect(loaded.filter((name) => name !== 'docs' && name !== 'i18n').sort()).toEqual(
			[...checked].sort(),
		);
	});
});
