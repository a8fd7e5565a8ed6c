import { builtPages } from '../support/built-site.ts';
import type { PageBudget } from './budgets.ts';
import { pageTypeOf, type TypedPage } from './check-budgets.ts';
import { BuiltSite, measurePage, ready } from './page-weight.ts';

/** Every HTML page of a built site, measured and given its type. */
export async function measureSite(
	distDir: string,
	budgets: Record<string, PageBudget>,
	base = '/',
): Promise<TypedPage[]> {
	await ready;
	const site = new BuiltSite({ distDir, base });

	return builtPages(distDir).map(({ path }) => {
		const address = `${site.base}${path.slice(1)}`;
		return { type: pageTypeOf(path, budgets), weight: measurePage(site, address) };
	});
}

/** The first built page of each page type, by address: the pages the browser checks visit. */
export function onePagePerType(
	distDir: string,
	budgets: Record<string, PageBudget>,
): Map<string, string> {
	const chosen = new Map<string, string>();
	for (const { path } of builtPages(distDir)) {
		const type = pageTypeOf(path, budgets);
		if (type && !chosen.has(type)) chosen.set(type, path);
	}
	return chosen;
}
