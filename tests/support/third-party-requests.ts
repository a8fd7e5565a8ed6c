import type { Page } from '@playwright/test';

/**
 * Records, and stops, every request the page makes to an origin other than the site's own:
 * fonts, scripts, images, analytics. Returns the list, which grows as the page runs; the
 * requests fail, so a test never reaches the network.
 */
export async function watchThirdParties(page: Page, siteOrigin: string): Promise<string[]> {
	const requested: string[] = [];
	await page.route(
		(url) => url.origin !== siteOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:',
		async (route) => {
			requested.push(`${route.request().resourceType()} ${route.request().url()}`);
			await route.abort('blockedbyclient');
		},
	);
	return requested;
}
