import { z } from 'astro/zod';

import { closedObject } from './closed-object';
import { type ReferenceFactory } from './ids';

/** How many playbooks the GTM OS has; each number from 1 to this is used once. */
export const PLAYBOOK_COUNT = 68;

/** The facets LeanScale's playbook registry publishes, and the values each may take. */
export const FACETS = {
	function: ['revops', 'sales', 'marketing', 'cs', 'finance', 'partnerships'],
	team: ['leadership', 'revops-team', 'sales-team', 'marketing-team', 'cs-team'],
	outcome: ['visibility', 'efficiency', 'pipeline-generation', 'conversion-optimization', 'retention'],
	metric: ['arr', 'cac', 'win-rate', 'cycle-time', 'nrr', 'quota-attainment', 'ltv'],
	complexity: ['foundational', 'intermediate', 'advanced'],
} as const;

const facetList = <T extends readonly [string, ...string[]]>(values: T) =>
	z.array(z.enum(values)).refine((list) => new Set(list).size === list.length, {
		error: 'A value is listed twice. Keep one.',
	});

/** A playbook's frontmatter (content/playbooks/<id>.mdx); the body is its description. */
export function playbookSchema(reference: ReferenceFactory) {
	return closedObject('playbook', {
		/** Its number in the GTM OS, 1 to 68, each used once. */
		number: z
			.number({ error: 'A playbook needs a number, a whole number from 1 to 68.' })
			.int()
			.min(1, { error: `Playbook numbers run from 1 to ${PLAYBOOK_COUNT}.` })
			.max(PLAYBOOK_COUNT, { error: `Playbook numbers run from 1 to ${PLAYBOOK_COUNT}.` }),
		title: z.string().min(1),
		category: reference('categories'),
		/** Whether the appendix lists it (1-50); 51-68 come from the public registry only. */
		inAppendix: z.boolean(),
		facets: closedObject('facets', {
			function: facetList(FACETS.function),
			team: facetList(FACETS.team),
			outcome: facetList(FACETS.outcome),
			metric: facetList(FACETS.metric),
			complexity: z.enum(FACETS.complexity),
		}),
		/** Matrix rows it builds or changes, as "<matrix>/<row>". */
		processes: z.array(reference('processes')),
		/** Power 10 metrics it moves or reports. */
		metrics: z.array(reference('metrics')),
		/** Playbooks a reader of this one goes to next. */
		related: z.array(reference('playbooks')),
		/** One or two sentences for cards, search results and link previews. */
		summary: z.string().min(20).max(280),
	});
}
