import { parseNumberList } from '../../lib/number-list';
import type { ContentIndex } from '../content-index';
import type { Problem } from '../problem';

type Category = { name: string; appendixNumbers: string };
type Playbook = { number: number; inAppendix: boolean; category: { id: string } };

/**
 * A playbook the appendix lists sits in the category whose heading gives its number, and a
 * category's numbers can be read; playbooks the appendix does not list are exempt.
 */
export function appendixNumbers(content: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const categories = new Map<string, (value: number) => boolean>();

	for (const entry of content.get('categories') ?? []) {
		const { appendixNumbers: text } = entry.parsed as Category;
		const test = text === '' ? () => false : parseNumberList(text);
		if (test) categories.set(entry.id, test);
		else {
			problems.push({
				file: entry.file,
				entry: entry.id,
				field: 'appendixNumbers',
				message: `"${text}" is not a list of numbers. Write it as the source does, e.g. "08-09, 46" or "50+".`,
				rule: 'appendix-numbers',
			});
		}
	}

	for (const entry of content.get('playbooks') ?? []) {
		const playbook = entry.parsed as Playbook;
		const inCategory = categories.get(playbook.category.id);
		if (!playbook.inAppendix || !inCategory || inCategory(playbook.number)) continue;
		problems.push({
			file: entry.file,
			entry: entry.id,
			field: 'category',
			message: `The appendix lists playbook ${playbook.number} under another category: "${playbook.category.id}" covers other numbers. Check the number and the category.`,
			rule: 'appendix-numbers',
		});
	}

	return problems;
}
