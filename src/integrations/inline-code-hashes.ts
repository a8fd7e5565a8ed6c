import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';
import { load } from 'cheerio';

import {
	hashSource,
	parsePolicy,
	serializePolicy,
	type HashAlgorithm,
	type Policy,
} from '../lib/csp.ts';

/**
 * Allows, by hash, exactly the inline scripts and styles each page has. Astro's
 * `security.csp` hashes the scripts and styles it bundles, but writes `is:inline` ones as they
 * are, and Starlight has several (the theme provider that runs before the page paints, the
 * search shortcut, the sidebar's scroll restore): without their hashes the policy blocks them.
 * And Astro gives every page the hashes of every page's styles and scripts, 45 on the 404
 * page, which needs 8: 1.3 KB of HTML that does not compress.
 *
 * It runs once the pages are written and replaces each page's hashes with those of its own
 * inline code, so a hash is never copied by hand and never outlives the script it allows. Code
 * injected later, in the browser, has no hash and stays blocked, which is the point of the
 * policy. It also moves the policy to the top of <head>: a <meta> policy only governs what
 * comes after it, and Astro writes it after Starlight's first scripts and stylesheets.
 */
export function inlineCodeHashes(): AstroIntegration {
	return {
		name: 'gtm-os:inline-code-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const files = htmlFiles(fileURLToPath(dir));
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const updated = setInlineCodeHashes(html);
					if (updated !== html) writeFileSync(file, updated);
				}
				logger.info(`Hashed inline scripts and styles into ${files.length} pages' policies.`);
			},
		},
	};
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

// Types a browser runs as script; data blocks (JSON, JSON-LD) are not scripts to CSP.
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Sets the hashes in a page's policy to those of its inline scripts and styles, in the
 * directive that governs each, and puts the policy first in <head>. A page without a policy is
 * returned as it is: the checks report it.
 */
export function setInlineCodeHashes(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;

	const policy = parsePolicy(decodeAttribute(meta[1]));
	const algorithm = algorithmOf(policy);
	const $ = load(html);

	const scripts = $('script:not([src])')
		.toArray()
		.filter((node) => SCRIPT_TYPES.has(($(node).attr('type') ?? '').trim().toLowerCase()))
		.map((node) => $(node).text());
	const styles = $('style')
		.toArray()
		.map((node) => $(node).text());

	setHashes(policy, ['script-src-elem', 'script-src'], scripts, algorithm);
	setHashes(policy, ['style-src-elem', 'style-src'], styles, algorithm);

	const content = serializePolicy(policy).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	const tag = `<meta http-equiv="content-security-policy" content="${content}">`;
	const withoutPolicy = html.replace(meta[0], '');
	// After <meta charset>, which must stay first, and before anything the policy governs.
	const head = /<head[^>]*>(\s*<meta charset="[^"]*"\s*\/?>)?/i.exec(withoutPolicy);
	if (!head) return html;
	const at = head.index + head[0].length;
	return withoutPolicy.slice(0, at) + tag + withoutPolicy.slice(at);
}

const HASH = /^'sha(256|384|512)-/;

/**
 * Takes the hashes out of the directives, then gives the first of them the policy has the
 * texts' hashes, beside its other sources ('self').
 */
function setHashes(policy: Policy, names: string[], texts: string[], algorithm: HashAlgorithm) {
	for (const name of names.filter((candidate) => policy.has(candidate))) {
		policy.set(name, policy.get(name)!.filter((source) => !HASH.test(source)));
	}

	const name = names.find((candidate) => policy.has(candidate));
	if (!name) return;
	const hashes = new Set(texts.map((text) => hashSource(text, algorithm)));
	policy.set(name, [...policy.get(name)!, ...hashes]);
}

/** The algorithm Astro hashed with (security.csp.algorithm), so ours match its. */
function algorithmOf(policy: Policy): HashAlgorithm {
	const first = [...policy.values()].flat().find((source) => HASH.test(source));
	return (first?.slice(1, 7) as HashAlgorithm | undefined) ?? 'sha256';
}

function decodeAttribute(value: string): string {
	return value
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');
}

function htmlFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}
