import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { buildPhases, searchIndexMs } from '../bench/build-phases.ts';
import { scalePlaybooks } from '../bench/project-copy.ts';
import { median } from '../bench/search-timing.ts';

// The pure parts of `npm run bench`: the bench itself is run by hand, not by `npm test`.

describe('build phases', () => {
	const log = [
		[2100, '07:04:59 [content] Syncing content'],
		[2500, '07:04:59 [content] Synced content'],
		[2510, '07:04:59 [types] Generated 1.12s'],
		[2520, '07:04:59 [build] ✓ Completed in 1.51s.'],
		[2600, '07:04:59 [build] Building static entrypoints...'],
		[3500, ' generating static routes '],
		[3600, '07:05:01   ├─ /404.html (+119ms)'],
		[5000, '07:05:03 ✓ Completed in 1.40s.'],
		[5100, '07:05:03 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
		[5300, '07:05:03 [gtm-os:search-index] Indexed 155 pages and 151 rows and terms in 180 ms.'],
	].map(([ms, text]) => ({ ms: Number(ms), text: String(text) }));

	it('splits the build at the line that starts each step, the last step ending with the process', () => {
		expect(buildPhases(log, 5400).map(({ ms }) => ms)).toEqual([2100, 500, 900, 1500, 400]);
	});

	it('folds a step whose line never shows into the step before', () => {
		const withoutSync = log.filter(({ text }) => !text.includes('[content]'));
		const phases = buildPhases(withoutSync, 5400);

		expect(phases.map(({ name }) => name)).not.toContain('content sync and types');
		expect(phases[0]).toEqual({ name: 'start-up (Node, Astro, config, content checks)', ms: 2600 });
	});

	it("reads the search index's own time from our integration's line or Starlight's", () => {
		expect(searchIndexMs(log)).toBe(180);
		const starlight = '[starlight:pagefind] Finished building search index in 1.2s.';
		expect(searchIndexMs([{ ms: 0, text: starlight }])).toBe(1200);
		expect(searchIndexMs([])).toBeUndefined();
	});
});

describe('scaled copies of the project', () => {
	let project: string | undefined;
	afterEach(() => project && rmSync(project, { recursive: true, force: true }));

	it('copies each playbook with a new id, number and title, and raises the playbook count', () => {
		project = mkdtempSync(join(tmpdir(), 'scale-'));
		mkdirSync(join(project, 'content', 'playbooks'), { recursive: true });
		mkdirSync(join(project, 'src', 'schemas'), { recursive: true });
		writeFileSync(
			join(project, 'src', 'schemas', 'playbook.ts'),
			'export const PLAYBOOK_COUNT = 2;\n',
		);
		for (const [id, number] of [
			['alpha', 1],
			['beta', 2],
		] as const) {
			writeFileSync(
				join(project, 'content', 'playbooks', `${id}.mdx`),
				`---\nnumber: ${number}\ntitle: ${id}\ninAppendix: true\nrelated: [alpha]\n---\n\nBody of ${id}.\n`,
			);
		}

		expect(scalePlaybooks(project, 3)).toBe(6);

		const folder = join(project, 'content', 'playbooks');
		const files = readdirSync(folder).sort();
		expect(files).toEqual([
			'alpha-copy-2.mdx',
			'alpha-copy-3.mdx',
			'alpha.mdx',
			'beta-copy-2.mdx',
			'beta-copy-3.mdx',
			'beta.mdx',
		]);

		const copy = readFileSync(join(folder, 'beta-copy-3.mdx'), 'utf8');
		expect(parse(copy.split('---\n')[1])).toEqual({
			number: 6,
			title: 'beta (copy 3)',
			inAppendix: false,
			related: ['alpha'],
		});
		expect(copy).toMatch(/\nBody of beta\.\n$/);
		expect(readFileSync(join(project, 'src', 'schemas', 'playbook.ts'), 'utf8')).toBe(
			'export const PLAYBOOK_COUNT = 6;\n',
		);
	});

	it('says what to update when the playbook count cannot be found', () => {
		project = mkdtempSync(join(tmpdir(), 'scale-'));
		mkdirSync(join(project, 'content', 'playbooks'), { recursive: true });
		mkdirSync(join(project, 'src', 'schemas'), { recursive: true });
		writeFileSync(join(project, 'src', 'schemas', 'playbook.ts'), 'export const COUNT = 68;\n');

		expect(() => scalePlaybooks(project!, 2)).toThrow(
			/no longer has "export const PLAYBOOK_COUNT = <n>;"/,
		);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([300, 100, 200])).toBe(200);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
