import { fileURLToPath } from 'node:url';

/**
 * The site built a second time as if deployed under a sub-path, by `npm run build:base`
 * (`astro build --base /gtm-os/ --outDir dist-base`; keep the two in step). Checks on it prove
 * that every link and asset honours the base path.
 */
export const SUB_PATH_BASE = '/gtm-os/';

export const SUB_PATH_DIST = fileURLToPath(new URL('../../dist-base/', import.meta.url));
