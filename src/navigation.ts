/**
 * The sidebar, section by section. It lists sections and their index pages, never every
 * playbook or process: Starlight repeats the sidebar in every page, so its size is paid
 * once per page.
 */
export const SIDEBAR = [
	{ label: 'Home', link: '/' },
	{ label: 'Process matrices', link: '/matrices/' },
	{ label: 'Playbooks', link: '/playbooks/' },
];
