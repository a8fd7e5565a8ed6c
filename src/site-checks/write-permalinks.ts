/**
 * Writes tests/permalinks.txt from the built site: every page and every anchor (see
 * src/site-checks/permalinks.ts). `npm run permalinks` builds first, then runs this.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { collectPermalinks, serializePermalinks } from './permalinks.ts';
import { readBuiltSite } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const addresses = collectPermalinks(readBuiltSite(`${root}dist`));

writeFileSync(`${root}tests/permalinks.txt`, serializePermalinks(addresses));
console.log(`Wrote ${addresses.length} addresses to tests/permalinks.txt.`);
