import { parsePolicy } from '../lib/csp.ts';

/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
	/** E.g. "/*" or "/_astro/*". */
	pattern: string;
	/** Header names in lower case, to their values. */
	headers: Map<string, string>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line with a path starts a
 * block, indented "Name: value" lines under it are its headers, lines starting with # are
 * comments. Throws on a line it cannot place, with its number.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;

		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: new Map() });
			continue;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) {
			throw new Error(`_headers line ${index + 1} is neither a path nor "Name: value": ${line}`);
		}
		rule.headers.set(header[1].toLowerCase(), header[2].trim());
	}
	return rules;
}

/** The headers a request for `path` gets: those of every rule whose pattern matches it. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		const pattern = new RegExp(
			`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`,
		);
		if (pattern.test(path)) for (const [name, value] of rule.headers) headers.set(name, value);
	}
	return headers;
}

const TWO_YEARS = 63_072_000;
const PRIVATE_REFERRERS = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const ONE_YEAR = 31_536_000;

// What every response must carry, and what a good value is.
const REQUIRED: ReadonlyArray<{ name: string; check: (value: string) => string | undefined }> = [
	{
		name: 'x-content-type-options',
		check: (value) => (value.toLowerCase() === 'nosniff' ? undefined : 'must be nosniff'),
	},
	{
		name: 'referrer-policy',
		check: (value) =>
			PRIVATE_REFERRERS.includes(value)
				? undefined
				: 'must not send full addresses to other sites (e.g. strict-origin-when-cross-origin)',
	},
	{
		name: 'x-frame-options',
		check: (value) => (value.toUpperCase() === 'DENY' ? undefined : 'must be DENY'),
	},
	{
		name: 'content-security-policy',
		check: (value) => {
			const policy = parsePolicy(value);
			if (policy.get('frame-ancestors')?.join(' ') !== "'none'") {
				return "must have frame-ancestors 'none', which a <meta> policy cannot carry";
			}
			const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
			if (scripts.includes("'unsafe-inline'")) return "must not allow 'unsafe-inline' scripts";
			return undefined;
		},
	},
	{
		name: 'strict-transport-security',
		check: (value) => {
			const maxAge = Number(/max-age=(\d+)/i.exec(value)?.[1] ?? 0);
			return maxAge >= ONE_YEAR ? undefined : `needs max-age of a year or more (e.g. ${TWO_YEARS})`;
		},
	},
	{
		name: 'permissions-policy',
		check: (value) => {
			if (/clipboard-write=\(\)/.test(value)) return 'must not block clipboard-write: row links copy';
			return /camera=\(\)/.test(value) ? undefined : 'must turn off what the site does not use';
		},
	},
];

/** What is missing or weak in the headers every page gets; empty when all is well. */
export function checkHeaders(rules: readonly HeaderRule[], path = '/'): string[] {
	const headers = headersFor(rules, path);
	return REQUIRED.flatMap(({ name, check }) => {
		const value = headers.get(name);
		if (value === undefined) return [`${name} is not sent for ${path}`];
		const problem = check(value);
		return problem ? [`${name}: ${problem} (it is "${value}")`] : [];
	});
}
