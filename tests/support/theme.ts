import type { Page } from '@playwright/test';

export const THEMES = ['light', 'dark'] as const;

export type Theme = (typeof THEMES)[number];

/** Opens pages in a theme, as a reader who picked it in the theme menu would see them. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
	// Starlight reads the reader's choice from localStorage before the page paints.
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}
