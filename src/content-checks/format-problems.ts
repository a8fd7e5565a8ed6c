import type { Problem } from './problem';

/**
 * The report a content editor reads when the build stops: problems grouped by file, each
 * with its entry and field, then what to do.
 */
export function formatProblems(problems: readonly Problem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = [`The content has ${count}. The site was not built.`, ''];
	const files = [...new Set(problems.map((problem) => problem.file))];

	for (const file of files) {
		lines.push(file);
		for (const problem of problems.filter((candidate) => candidate.file === file)) {
			lines.push(`  ${where(problem)}`, `    ${problem.message}`);
		}
		lines.push('');
	}

	lines.push('Fix each one, then build again. The README explains how content is laid out.');
	return lines.join('\n');
}

function where(problem: Problem): string {
	const parts = [];
	if (problem.entry) parts.push(`entry "${problem.entry}"`);
	if (problem.field) parts.push(`field ${problem.field}`);
	if (parts.length === 0) parts.push(problem.file.endsWith('/') || !problem.file.includes('.') ? 'the folder' : 'the whole file');
	return `${parts.join(', ')} (${problem.rule})`;
}
