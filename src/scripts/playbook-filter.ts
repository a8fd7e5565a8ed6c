import {
	FILTER_KEYS,
	matchesFilters,
	readFilters,
	writeFilters,
	type Filterable,
	type FilterKey,
	type Filters,
} from '../lib/playbook-filter';

/**
 * The playbook index's filters. Without this script the form stays hidden and every playbook
 * shows; with it, the form appears, reads its state from the address, and writes it back on
 * each change, so the filtered list can be shared or reloaded.
 */
const form = document.querySelector<HTMLFormElement>('[data-playbook-filter]');
const items = [...document.querySelectorAll<HTMLElement>('[data-playbook]')];
const sections = [...document.querySelectorAll<HTMLElement>('[data-playbook-category]')];
const status = document.querySelector<HTMLElement>('[data-playbook-count]');

if (form && status) {
	const selects = new Map(
		FILTER_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]),
	);
	const allowed = Object.fromEntries(
		FILTER_KEYS.map((key) => [key, [...selects.get(key)!.options].map((option) => option.value)]),
	) as Record<FilterKey, string[]>;

	const facetsOf = (item: HTMLElement): Filterable => {
		const values = (key: FilterKey) => (item.dataset[key] ?? '').split(' ').filter(Boolean);
		return {
			function: values('function'),
			outcome: values('outcome'),
			complexity: values('complexity'),
			stage: values('stage'),
		};
	};

	const apply = (filters: Filters) => {
		let shown = 0;
		for (const item of items) {
			const visible = matchesFilters(facetsOf(item), filters);
			item.hidden = !visible;
			if (visible) shown++;
		}
		for (const section of sections) {
			section.hidden = !section.querySelector('[data-playbook]:not([hidden])');
		}
		status.textContent =
			shown === items.length
				? `All ${items.length} playbooks`
				: shown === 0
					? 'No playbook matches all of these filters: clear one to see more.'
					: `${shown} of ${items.length} playbooks match`;
	};

	const fromForm = (): Filters =>
		Object.fromEntries(
			FILTER_KEYS.map((key) => [key, selects.get(key)!.value]).filter(([, value]) => value),
		);

	const initial = readFilters(location.search, allowed);
	for (const key of FILTER_KEYS) selects.get(key)!.value = initial[key] ?? '';
	apply(initial);
	form.hidden = false;

	form.addEventListener('change', () => {
		const filters = fromForm();
		history.replaceState(null, '', `${location.pathname}${writeFilters(filters)}${location.hash}`);
		apply(filters);
	});

	// Without JavaScript the form never shows, so its submit only ever means "clear".
	form.addEventListener('reset', () => {
		history.replaceState(null, '', `${location.pathname}${location.hash}`);
		requestAnimationFrame(() => apply({}));
	});
	form.addEventListener('submit', (event) => event.preventDefault());
}
