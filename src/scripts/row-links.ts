/**
 * Row links: activating one copies the row's full address, marks the row as the one linked,
 * and says "Link copied" in the status line. Opening a page at a row's address marks it too,
 * in the same way (CSS `:target` alone loses the mark when the address changes by script).
 */
const HIGHLIGHT = 'is-linked';

function markRow(id: string) {
	document.querySelectorAll(`.${HIGHLIGHT}`).forEach((element) => element.classList.remove(HIGHLIGHT));
	const row = id ? document.getElementById(id) : null;
	row?.classList.add(HIGHLIGHT);
	return row;
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Without clipboard access (an insecure origin, a denied permission), the address bar
		// still holds the row's address, which the status line points to.
		return false;
	}
}

let clearStatus: ReturnType<typeof setTimeout> | undefined;

function announce(message: string) {
	const status = document.querySelector<HTMLElement>('[data-row-link-status]');
	if (!status) return;
	status.textContent = message;
	clearTimeout(clearStatus);
	clearStatus = setTimeout(() => (status.textContent = ''), 4000);
}

document.addEventListener('click', async (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-row-link]');
	if (!link) return;

	event.preventDefault();
	const id = decodeURIComponent(link.hash.slice(1));
	const address = new URL(`#${id}`, location.href).href;

	history.replaceState(null, '', `#${id}`);
	markRow(id)?.scrollIntoView({ block: 'nearest' });

	const copied = await copy(address);
	announce(copied ? 'Link copied' : 'Link in the address bar: copy it from there');
});

function markFromAddress() {
	markRow(decodeURIComponent(location.hash.slice(1)));
}

window.addEventListener('hashchange', markFromAddress);
markFromAddress();
