import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { checkContent, formatProblems } from '../content-checks';
import { buildError } from './build-error';

/**
 * Stops the build, before Astro loads any collection, when the content has a problem. Astro
 * itself only logs some of them (bad JSON, a duplicate id, a dangling reference) and builds on.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'gtm-os:content-check',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const problems = checkContent(fileURLToPath(config.root));
				if (problems.length === 0) return;

				throw buildError('ContentError', formatProblems(problems));
			},
		},
	};
}
