/**
 * Data for a page's script, as the text of a <script type="application/json"> element. JSON
 * may hold "</script>" or "<!--" inside a string, which would end or break the element, so
 * every "<" is written as its escape, which JSON.parse reads back as "<".
 */
export function scriptData(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}
