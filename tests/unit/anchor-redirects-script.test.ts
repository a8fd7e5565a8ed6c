/**
 * The page script that follows a moved row anchor. The site's table of moved anchors is empty
 * today, so no built page can show the script at work; here it runs against a planted table,
 * with the few browser objects it touches stubbed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/lib/anchor-redirects', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/anchor-redirects')>();
	const table = { '/matrices/sales/#old-row': '/matrices/sales/#qualification' };
	return {
		...original,
		movedAnchor: (path: string, hash: string) => original.movedAnchor(path, hash, table),
	};
});

interface FakePage {
	/** Where the script sent the browser with location.replace, if anywhere. */
	replacedWith: () => string | undefined;
	/** Changes the fragment, as following an in-page link does. */
	goTo: (hash: string) => void;
}

/** Loads the script fresh on a page at `path` + `hash` whose elements have `ids`. */
async function openPage(path: string, hash: string, ids: string[] = []): Promise<FakePage> {
	const location = { pathname: path, hash, replace: vi.fn() };
	const listeners: Array<() => void> = [];

	vi.stubGlobal('location', location);
	vi.stubGlobal('document', { getElementById: (id: string) => (ids.includes(id) ? {} : null) });
	vi.stubGlobal('window', {
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'hashchange') listeners.push(listener);
		},
	});

	vi.resetModules();
	await import('../../src/scripts/anchor-redirects');

	return {
		replacedWith: () => location.replace.mock.calls.at(-1)?.[0],
		goTo: (next) => {
			location.hash = next;
			for (const listener of listeners) listener();
		},
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('following a moved anchor in the browser', () => {
	it('sends an old row address to the row it moved to, replacing the history entry', async () => {
		const page = await openPage('/matrices/sales/', '#old-row');

		expect(page.replacedWith()).toBe('/matrices/sales/#qualification');
	});

	it('follows an old anchor reached by a link within the page, too', async () => {
		const page = await openPage('/matrices/sales/', '');
		expect(page.replacedWith()).toBeUndefined();

		page.goTo('#old-row');

		expect(page.replacedWith()).toBe('/matrices/sales/#qualification');
	});

	it('stays on an anchor that still exists on the page, even if it is in the table', async () => {
		const page = await openPage('/matrices/sales/', '#old-row', ['old-row']);

		expect(page.replacedWith()).toBeUndefined();
	});

	it('leaves anchors that never moved, and other pages, alone', async () => {
		expect((await openPage('/matrices/sales/', '#lost-row')).replacedWith()).toBeUndefined();
		expect((await openPage('/matrices/marketing/', '#old-row')).replacedWith()).toBeUndefined();
	});
});
