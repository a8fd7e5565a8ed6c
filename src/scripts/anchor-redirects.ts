/**
 * Sends an address whose anchor has moved (see src/lib/anchor-redirects.ts) to the anchor's
 * new place. It acts only when the page has no element with that id, so a current anchor is
 * never redirected away, and replaces the history entry, so Back does not loop.
 */
import { movedAnchor } from '../lib/anchor-redirects';
import { withBase } from '../lib/urls';

function followMovedAnchor() {
	const id = decodeURIComponent(location.hash.slice(1));
	if (!id || document.getElementById(id)) return;

	const base = withBase('/');
	const path = `/${location.pathname.slice(base.length)}`;
	const target = movedAnchor(path, id);
	if (target) location.replace(withBase(target));
}

window.addEventListener('hashchange', followMovedAnchor);
followMovedAnchor();
