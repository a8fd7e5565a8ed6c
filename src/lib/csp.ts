import { createHash } from 'node:crypto';

/**
 * Reading and writing a content security policy, and the hashes that allow inline code in
 * one. Used by the build (to allow Starlight's inline scripts) and by the checks (to prove
 * every inline script and style is allowed, and nothing else).
 */

/** A policy as directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// The first of two same-named directives is the one browsers obey.
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** The CSP source that allows exactly this inline text, e.g. 'sha256-abc…='. */
export function hashSource(text: string, algorithm: HashAlgorithm = 'sha256'): string {
	return `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
}

// Which directives stand in for a missing one, per the CSP specification.
const FALLBACKS: Record<string, string[]> = {
	'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
	'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
	'script-src': ['script-src', 'default-src'],
	'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
	'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
	'style-src': ['style-src', 'default-src'],
};

/** The directive a browser applies for `name`, after falling back, and its sources. */
export function effectiveDirective(
	policy: Policy,
	name: string,
): { name: string; sources: string[] } | undefined {
	const found = (FALLBACKS[name] ?? [name]).find((candidate) => policy.has(candidate));
	return found ? { name: found, sources: policy.get(found)! } : undefined;
}

/**
 * Whether inline code with this text runs under the directive: by its hash, or because the
 * directive allows all inline code ('unsafe-inline' counts only when no hash or nonce is
 * listed beside it, as browsers then ignore it).
 */
export function allowsInline(sources: readonly string[], text: string): boolean {
	const hashes = sources.filter((source) => /^'(sha256|sha384|sha512)-/.test(source));
	const nonces = sources.some((source) => source.startsWith("'nonce-"));
	if (sources.includes("'unsafe-inline'") && hashes.length === 0 && !nonces) return true;

	return hashes.some((source) => {
		const algorithm = source.slice(1, 7) as HashAlgorithm;
		return source === hashSource(text, algorithm);
	});
}
