/**
 * The part of search every page runs: it enables the header button and the keyboard shortcuts
 * (Ctrl+K or Cmd+K anywhere, "/" outside a text field), and opens the dialog. Everything else,
 * the index included, loads the first time the dialog opens, so pages pay for search only when
 * someone searches.
 */
const root = document.querySelector<HTMLElement>('[data-site-search]');
const button = root?.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = root?.querySelector<HTMLDialogElement>('[data-search-dialog]');

if (root && button && dialog) {
	let session: Promise<{ opened(): void }> | undefined;

	const open = () => {
		if (dialog.open) return;
		dialog.showModal();
		session ??= import('./search-dialog').then(({ startSearch }) => startSearch(root, dialog));
		void session.then((started) => started.opened());
	};

	// Back on the button, whichever way the dialog closed (Escape, Close, a result on this page).
	dialog.addEventListener('close', () => button.focus());

	button.addEventListener('click', open);
	document.addEventListener('keydown', (event) => {
		if (isSearchShortcut(event)) {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else open();
		} else if (event.key === '/' && !dialog.open && !isTyping(event)) {
			event.preventDefault();
			open();
		}
	});

	if (/Mac|iPhone|iPad/.test(navigator.platform)) {
		root.querySelector('[data-search-modifier]')!.textContent = '⌘';
	}
	button.disabled = false;
}

function isSearchShortcut(event: KeyboardEvent) {
	return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

/** Whether a key goes into something the reader is typing in, where "/" is just a slash. */
function isTyping(event: KeyboardEvent) {
	if (event.ctrlKey || event.metaKey || event.altKey) return true;
	const target = event.target as HTMLElement | null;
	return Boolean(
		target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'),
	);
}
