/**
 * Shows or clears the message under a tool's field (see components/FigureField.astro). A field
 * with a message is marked invalid and described by the message first, then its hint, so a
 * screen reader says what is wrong before how to write the figure.
 */
export function setFieldMessage(input: HTMLInputElement, message: string | undefined): void {
	const box = document.getElementById(`${input.id}-message`);
	const hint = `${input.id}-hint`;
	if (!box) return;

	box.textContent = message ?? '';
	box.hidden = !message;
	if (message) {
		input.setAttribute('aria-invalid', 'true');
		input.setAttribute('aria-describedby', `${box.id} ${hint}`);
	} else {
		input.removeAttribute('aria-invalid');
		input.setAttribute('aria-describedby', hint);
	}
}
