/**
 * Reads a list of numbers as the appendix's category headings write it, e.g. "08-09, 46" or
 * "50+" (50 and above), into a test for membership. Returns undefined for text it cannot read.
 */
export function parseNumberList(text: string): ((value: number) => boolean) | undefined {
	const parts = text.split(',').map((part) => part.trim());
	const tests: Array<(value: number) => boolean> = [];

	for (const part of parts) {
		const range = /^(\d+)-(\d+)$/.exec(part);
		const open = /^(\d+)\+$/.exec(part);
		const single = /^(\d+)$/.exec(part);

		if (range) tests.push((value) => value >= Number(range[1]) && value <= Number(range[2]));
		else if (open) tests.push((value) => value >= Number(open[1]));
		else if (single) tests.push((value) => value === Number(single[1]));
		else return undefined;
	}

	return (value) => tests.some((test) => test(value));
}
