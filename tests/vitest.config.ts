import { defineConfig } from 'vitest/config';

// Unit tests only: the browser tests under tests/e2e run in Playwright against the built site.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
