import { describe, expect, it } from 'vitest';

import { CHROMIUM_ARGS, findChromium, SYSTEM_CHROMIUM } from '../support/browser.ts';

const PLAYWRIGHT_CHROMIUM = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const CUSTOM_CHROMIUM = '/opt/chromium/chrome';

// A fake disk holding exactly the given files, so each case is independent of this machine.
const disk = (...files: string[]) => (path: string) => files.includes(path);

describe('findChromium', () => {
	it('prefers CHROMIUM_PATH over every other Chromium', () => {
		const found = findChromium({
			env: { CHROMIUM_PATH: CUSTOM_CHROMIUM },
			exists: disk(CUSTOM_CHROMIUM, SYSTEM_CHROMIUM, PLAYWRIGHT_CHROMIUM),
			playwrightPath: PLAYWRIGHT_CHROMIUM,
		});

		expect(found).toBe(CUSTOM_CHROMIUM);
	});

	it('uses the Debian Chromium when CHROMIUM_PATH is not set', () => {
		const found = findChromium({
			env: {},
			exists: disk(SYSTEM_CHROMIUM, PLAYWRIGHT_CHROMIUM),
			playwrightPath: PLAYWRIGHT_CHROMIUM,
		});

		expect(found).toBe('/usr/bin/chromium');
	});

	it('passes over a CHROMIUM_PATH that points at nothing', () => {
		const found = findChromium({
			env: { CHROMIUM_PATH: CUSTOM_CHROMIUM },
			exists: disk(SYSTEM_CHROMIUM),
			playwrightPath: PLAYWRIGHT_CHROMIUM,
		});

		expect(found).toBe(SYSTEM_CHROMIUM);
	});

	it("falls back to Playwright's own Chromium only when it is installed", () => {
		const found = findChromium({
			env: {},
			exists: disk(PLAYWRIGHT_CHROMIUM),
			playwrightPath: PLAYWRIGHT_CHROMIUM,
		});

		expect(found).toBe(PLAYWRIGHT_CHROMIUM);
	});

	it('says how to get a Chromium when none exists', () => {
		const find = () =>
			findChromium({
				env: { CHROMIUM_PATH: CUSTOM_CHROMIUM },
				exists: disk(),
				playwrightPath: PLAYWRIGHT_CHROMIUM,
			});

		expect(find).toThrow(/No Chromium found/);
		expect(find).toThrow(`${CUSTOM_CHROMIUM}, ${SYSTEM_CHROMIUM}, ${PLAYWRIGHT_CHROMIUM}`);
		expect(find).toThrow('apt-get install -y chromium');
		expect(find).toThrow('CHROMIUM_PATH');
		expect(find).toThrow('npx playwright install chromium');
	});

	it('still explains itself when Playwright cannot name a path', () => {
		const find = () => findChromium({ env: {}, exists: disk() });

		expect(find).toThrow(`looked at: ${SYSTEM_CHROMIUM})`);
	});
});

describe('CHROMIUM_ARGS', () => {
	it('runs Chromium without a sandbox, GPU or background traffic', () => {
		expect(CHROMIUM_ARGS).toEqual([
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		]);
	});
});
