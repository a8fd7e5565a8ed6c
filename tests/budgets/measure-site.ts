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
