import { existsSync } from 'node:fs';

import { chromium } from 'playwright-core';

// Playwright cannot download its own browsers on this network, so the tests drive a Chromium
// found on the machine. These flags keep it from phoning home or needing a GPU or a sandbox,
// none of which a CI container has.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumSources {
	/** Environment to read CHROMIUM_PATH from. */
	env: Record<string, string | undefined>;
	/** Whether a file exists; injected so the unit test never touches the disk. */
	exists: (path: string) => boolean;
	/** Where Playwright would keep its own Chromium, if it can tell. */
	playwrightPath?: string;
}

/**
 * Returns the first Chromium that exists, looking at CHROMIUM_PATH, then the Debian package,
 * then Playwright's own download. Throws with the ways to get one when none exists.
 */
export function findChromium({ env, exists, playwrightPath }: ChromiumSources): string {
	const candidates = [env.CHROMIUM_PATH?.trim(), SYSTEM_CHROMIUM, playwrightPath].filter(
		(path): path is string => Boolean(path),
	);

	const found = candidates.find((path) => exists(path));
	if (found) return found;

	throw new Error(
		`No Chromium found for the browser tests (looked at: ${candidates.join(', ')}). ` +
			'To get one, run `apt-get install -y chromium` (Debian/Ubuntu), ' +
			'or set CHROMIUM_PATH to a Chromium executable, ' +
			'or run `npx playwright install chromium` where downloads are allowed.',
	);
}

/** Playwright's own Chromium path; older releases throw when it is not installed. */
export function playwrightChromiumPath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** The finder wired to the real environment and disk, for the Playwright config. */
export function chromiumExecutable(): string {
	return findChromium({
		env: process.env,
		exists: existsSync,
		playwrightPath: playwrightChromiumPath(),
	});
}
