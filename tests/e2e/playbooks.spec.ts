import { expect, test } from '@playwright/test';

import { categories, playbookByTitle, playbooks } from '../support/content.ts';

const PLAYBOOK_COUNT = 68;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('Playbook index', () => {
	test('lists all 68 playbooks, grouped under a heading per category', async ({ page }) => {
		const all = playbooks();
		expect(all, 'playbooks in content/playbooks').toHaveLength(PLAYBOOK_COUNT);
		await page.goto('/playbooks/');

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playbooks');

		const groups = categories()
			.map((category) => ({
				category,
				members: all.filter((playbook) => playbook.category === category.id),
			}))
			.filter((group) => group.members.length > 0);

		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 2 })).toHaveText(
			groups.map((group) => group.category.name),
		);
		// Each playbook is a link named with its number and title; summaries may hold other links.
		const playbookLinks = main.getByRole('region').getByRole('link', { name: /^\d+ / });
		await expect(playbookLinks).toHaveCount(PLAYBOOK_COUNT);

		for (const { category, members } of groups) {
			// Each category is a section named by its heading, so its links sit under it.
			const section = main.getByRole('region', { name: category.name, exact: true });
			await expect(section.getByRole('heading', { level: 2 })).toHaveText(category.name);
			await expect(section.getByRole('link', { name: /^\d+ / }), category.name).toHaveCount(
				members.length,
			);

			for (const playbook of members) {
				const name = new RegExp(`\\b${escapeRegExp(playbook.title)}$`);
				const link = section.getByRole('link', { name });
				await expect(link, playbook.title).toHaveAttribute('href', `/playbooks/${playbook.slug}/`);
			}
		}
	});

	test('clicking a playbook opens its page', async ({ page }) => {
		const cpq = playbookByTitle('CPQ Implementation');
		await page.goto('/playbooks/');

		await page.getByRole('main').getByRole('link', { name: /\bCPQ Implementation$/ }).click();

		await expect(page).toHaveURL(`/playbooks/${cpq.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('CPQ Implementation');
	});
});
