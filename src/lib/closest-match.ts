/** The option nearest to `word` by edit distance, if it is close enough to be a likely typo. */
export function closestMatch(word: string, options: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;

	for (const option of options) {
		const distance = editDistance(word.toLowerCase(), option.toLowerCase());
		if (distance < bestDistance) {
			best = option;
			bestDistance = distance;
		}
	}

	// Beyond a third of the word's length, a guess misleads more than it helps.
	return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * Edits needed to turn `a` into `b`, where swapping two neighbouring letters counts as one
 * edit: "cqp" is one edit from "cpq", as a typist would expect.
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);

	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
			}
		}
	}

	return rows[a.length][b.length];
}
