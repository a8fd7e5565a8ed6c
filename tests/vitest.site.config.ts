import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/, so they run after `npm run build`.
export default defineConfig({
	test: {
		include: ['tests/site/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
