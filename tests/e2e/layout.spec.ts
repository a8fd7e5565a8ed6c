import { expect, test } from '@playwright/test';

import { matrices, playbooks } from '../support/content.ts';
import { documentWidth } from '../support/layout.ts';

// Runs in both projects; the mobile one (360 px) is the width that matters. Wide tables may
// scroll inside their own box, but the page itself must never scroll sideways.
// One page of each kind, and the pages whose tables or titles are widest.
const pages = [
	'/',
	'/stages/',
	'/stages/scale/',
	'/matrices/',
	...matrices().map((matrix) => `/matrices/${matrix.id}/`),
	'/processes/',
	'/processes/customer-success/cs-platform/',
	'/playbooks/',
	'/metrics/',
	'/metrics/pipeline-production/',
	'/benchmarks/',
	'/segments/',
	'/plg-vs-slg/',
	'/glossary/',
	'/404.html',
];

test.describe('Page width', () => {
	for (const path of pages) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);

			const { scrollWidth, clientWidth } = await documentWidth(page);
			expect(scrollWidth, `document width at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
		});
	}

	test('no playbook page scrolls sideways', async ({ page }) => {
		// The pages share one layout; the longest titles and facet lists are the ones at risk.
		const widest = [...playbooks()]
			.sort((a, b) => b.title.length - a.title.length)
			.slice(0, 5);
		for (const playbook of widest) {
			await page.goto(`/playbooks/${playbook.slug}/`);

			const { scrollWidth, clientWidth } = await documentWidth(page);
			expect
				.soft(scrollWidth, `/playbooks/${playbook.slug}/ width at ${clientWidth} px`)
				.toBeLessThanOrEqual(clientWidth);
		}
	});
});
