import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from './support/content-copy';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** A copy of the project to run Astro in, sharing the installed packages. */
function copyProject() {
	const root = mkdtempSync(join(tmpdir(), 'gtm-os-site-'));
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
	}
	symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
	return root;
}

function astro(root: string, command: string) {
	const result = spawnSync(process.execPath, [ASTRO, command], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the site build and its content', () => {
	it('syncs the real content with no content warning or error', () => {
		const { status, output } = astro(copyProject(), 'sync');

		expect(status, output).toBe(0);
		expect(output).not.toMatch(/\[(WARN|ERROR)\]/);
	});

	it('stops, naming the file, the field and the fix, when content is wrong', () => {
		const root = copyProject();
		const file = join(root, 'content/processes/sales.json');
		const rows = JSON.parse(readFileSync(file, 'utf8'));
		rows[0].cells.scal = rows[0].cells.scale;
		delete rows[0].cells.scale;
		writeFileSync(file, JSON.stringify(rows));

		const { status, output } = astro(root, 'build');

		expect(status).not.toBe(0);
		expect(output).toContain('content/processes/sales.json');
		expect(output).toContain('entry "sales/icp-personas", field cells');
		expect(output).toContain('Did you mean "scale"?');
		expect(output).toContain('The site was not built.');
	});
});
