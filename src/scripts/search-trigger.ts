/**
 * The part of search every page runs: it enables the header button and the keyboard shortcuts
 * (Ctrl+K or Cmd+K anywhere, "/" outside a text field), and opens the dialog. The rest of
 * search, the index included, loads when a reader shows they are about to search: the pointer
 * on the button, focus on it, or the dialog opening. Pages nobody searches from pay ~1 KB.
 */
import { pagefindScript } from '../lib/search-bundle';

const root = document.querySelector<HTMLElement>('[data-site-search]');
const button = root?.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = root?.querySelector<HTMLDialogElement>('[data-search-dialog]');

if (root && button && dialog) {
	const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
	let session: Promise<void> | undefined;

	const start = () => {
		if (session) return;
		session = import('./search-dialog').then(({ startSearch }) => startSearch(root, dialog));
		// Fetched alongside the dialog's script, which imports it too, rather than after it.
		import(/* @vite-ignore */ pagefindScript(root.dataset.base ?? '/')).catch(() => undefined);
	};

	const open = () => {
		if (dialog.open) return;
		dialog.showModal();
		// At once, not when the rest of search has loaded: the reader may already be typing.
		input.focus();
		input.select();
		start();
	};

	// Back on the button, whichever way the dialog closed (Escape, Close, a result on this page).
	dialog.addEventListener('close', () => button.focus());

	button.addEventListener('click', open);
	button.addEventListener('pointerenter', start, { once: true });
	button.addEventListener('focus', start, { once: true });
	document.addEventListener('keydown', (event) => {
		if (isSearchShortcut(event)) {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else open();
		} else if (event.key === '/' && !dialog.open && !isInField(event)) {
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

/** Whether "/" goes to a field the reader is typing in (or is part of another shortcut). */
function isInField(event: KeyboardEvent) {
	if (event.ctrlKey || event.metaKey || event.altKey) return true;
	const target = event.target as HTMLElement | null;
	return Boolean(
		target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'),
	);
}
