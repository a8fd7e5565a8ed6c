import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

import { ANCHOR_REDIRECTS } from '../../src/lib/anchor-redirects';
import {
	collectPermalinks,
	comparePermalinks,
	formatPermalinkChanges,
	parsePermalinks,
} from '../../src/site-checks/permalinks';
import { readBuiltSite } from '../../src/site-checks/site';
import { DIST_DIR } from '../support/built-site';

const LIST = 'tests/permalinks.txt';

it(`every address in ${LIST} still works, and every public address is in it`, () => {
	const listed = parsePermalinks(readFileSync(new URL(`../../${LIST}`, import.meta.url), 'utf8'));
	const built = collectPermalinks(readBuiltSite(DIST_DIR));

	const changes = comparePermalinks(listed, built, ANCHOR_REDIRECTS);
	expect(formatPermalinkChanges(changes, LIST)).toBe('');
});

it(`${LIST} is sorted, one address a line, as \`npm run permalinks\` writes it`, () => {
	const listed = parsePermalinks(readFileSync(new URL(`../../${LIST}`, import.meta.url), 'utf8'));
	expect(listed).toEqual([...new Set(listed)].sort());
});
