import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser.ts';
import { assertSiteIsBuilt, REPO_ROOT } from './support/built-site.ts';

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CI = Boolean(process.env.CI);

// Fail before starting a server or a browser: both problems have a one-line fix to print.
assertSiteIsBuilt();
const executablePath = chromiumExecutable();

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,

	// The machines have two cores; the preview server needs some of them too.
	workers: 2,
	retries: CI ? 1 : 0,
	forbidOnly: CI,
	reporter: 'list',

	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},

	projects: [
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },

		// Starlight's layout switches on CSS width alone, so the viewport is what matters here.
		// Sweeps over every page (*.sweep.spec.ts) check what does not depend on width, once;
		// *.desktop.spec.ts holds what only a wide screen has or what width cannot change.
		{
			name: 'mobile',
			use: { viewport: { width: 360, height: 740 } },
			testIgnore: /\.(sweep|desktop)\.spec\.ts$/,
		},
	],

	// Serve the site `npm run build` already made; `npm test` builds before it gets here.
	// --ignore-lock: Astro allows one tracked preview per project and refuses to start beside
	// a teammate's, and when it thinks an agent runs it, it detaches into the background,
	// leaving Playwright nothing to wait on or stop. This flag gives a plain foreground server.
	webServer: {
		command: `npm run preview -- --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		cwd: REPO_ROOT,
		url: `${BASE_URL}/`,
		reuseExistingServer: !CI,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
