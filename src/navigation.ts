import { readFileSync } from 'node:fs';

/**
 * The sidebar, section by section. It lists sections and their index pages, never every
 * playbook or process: Starlight repeats the sidebar in every page, so its size is paid
 * once per page. Links are site paths; Starlight adds the base path.
 */
export const SIDEBAR = [
	{ label: 'Home', link: '/' },
	{
		label: 'Stages',
		items: [
			{ label: 'All stages', link: '/stages/' },
			...entries('stages.json').map(({ id, name }) => ({ label: name, link: `/stages/${id}/` })),
		],
	},
	{
		label: 'Process matrices',
		items: [
			{ label: 'All matrices and key', link: '/matrices/' },
			...entries('matrices.json').map(({ id, name }) => ({ label: name, link: `/matrices/${id}/` })),
			{ label: 'All processes', link: '/processes/' },
		],
	},
	{ label: 'Playbooks', link: '/playbooks/' },
	{
		label: 'Metrics and benchmarks',
		items: [
			{ label: 'Power 10 metrics', link: '/metrics/' },
			{ label: 'Series benchmarks', link: '/benchmarks/' },
		],
	},
	{
		label: 'Go-to-market motion',
		items: [
			{ label: 'Customer segments', link: '/segments/' },
			{ label: 'PLG vs SLG', link: '/plg-vs-slg/' },
		],
	},
	{
		label: 'Apply it',
		items: [
			{ label: 'Tools', link: '/tools/' },
			{ label: 'Stage transitions', link: '/transitions/' },
			{ label: 'Open data', link: '/data/' },
		],
	},
	{ label: 'Glossary', link: '/glossary/' },
];

/**
 * The entries of a content file, in their order, for sidebar labels. This runs when the config
 * loads, before the content checks: a file that cannot be read gives no entries here, and the
 * checks then stop the build with a report on it.
 */
function entries(file: string): Array<{ id: string; name: string; order: number }> {
	try {
		const list = JSON.parse(readFileSync(new URL(`../content/${file}`, import.meta.url), 'utf8'));
		return [...list].sort((a, b) => a.order - b.order);
	} catch {
		return [];
	}
}
