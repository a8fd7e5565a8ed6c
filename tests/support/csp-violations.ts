import type { Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Records what the page's content security policy blocks, as the browser reports it: the
 * `securitypolicyviolation` events the document fires, and console errors that name the
 * policy (a few blocked things only show there). Call before the first navigation; read with
 * the function it returns, before leaving each page, since a new page starts a new record.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const fromConsole: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) fromConsole.push(message.text());
	});

	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations!.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
					` at ${event.sourceFile}:${event.lineNumber}` +
					(event.sample ? `: ${event.sample}` : ''),
			);
		});
	});

	return async () => {
		const fromEvents = await page.evaluate(() => window.__cspViolations ?? []);
		const all = [...fromEvents, ...fromConsole];
		fromConsole.length = 0;
		return all;
	};
}
