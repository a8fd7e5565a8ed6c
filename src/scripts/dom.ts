/** Small element builders for the tools' results. Strings become text, never markup. */

export function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
	const element = document.createElement('p');
	element.append(...parts);
	return element;
}

export function element<Tag extends keyof HTMLElementTagNameMap>(
	tag: Tag,
	...parts: Array<string | Node>
): HTMLElementTagNameMap[Tag] {
	const node = document.createElement(tag);
	node.append(...parts);
	return node;
}

export function anchor(text: string, href: string): HTMLAnchorElement {
	const node = element('a', text);
	node.href = href;
	return node;
}
