// The reader's theme choice: 'system' follows prefers-color-scheme; 'light'/'dark' override it.
// Stored in localStorage and applied as data-theme on <html> (see globals.css).

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'nnl-theme';
export const THEME_ORDER: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function nextTheme(current: ThemeChoice): ThemeChoice {
  return THEME_ORDER[(THEME_ORDER.indexOf(current) + 1) % THEME_ORDER.length];
}

export function parseTheme(value: string | null): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Runs in <head> before paint so a dark-mode reader never sees a white flash. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
