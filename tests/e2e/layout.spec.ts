import { expect, test } from '@playwright/test';

import { matrices, playbooks } from '../support/content.ts';
import { documentWidth } from '../support/layout.ts';

// Runs in both projects; the mobile one (360 px) is the width that matters. Wide tables may
// scroll inside their own box, but the page itself must never scroll sideways.
const pages = [
	'/',
	'/matrices/',
	...matrices().map((matrix) => `/matrices/${matrix.id}/`),
	'/playbooks/',
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
		for (const playbook of playbooks()) {
			await page.goto(`/playbooks/${playbook.slug}/`);

			const { scrollWidth, clientWidth } = await documentWidth(page);
			expect
				.soft(scrollWidth, `/playbooks/${playbook.slug}/ width at ${clientWidth} px`)
				.toBeLessThanOrEqual(clientWidth);
		}
	});
});
