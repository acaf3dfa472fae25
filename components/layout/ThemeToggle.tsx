'use client';

import { useEffect, useState } from 'react';
import { nextTheme, parseTheme, THEME_STORAGE_KEY, type ThemeChoice } from './theme';

const LABEL: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const [theme, setTheme] = useState<ThemeChoice>('system');

  useEffect(() => {
    setTheme(parseTheme(readStored()));
  }, []);

  function cycle() {
    const next = nextTheme(theme);
    setTheme(next);
    const root = document.documentElement;
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing can forbid storage; the choice then lasts for this page only.
    }
  }

  return (
    <button
      type="button"
      className="header-button"
      onClick={cycle}
      aria-label={`Colour theme: ${LABEL[theme]}. Switch to ${LABEL[nextTheme(theme)]}`}
      title="Colour theme"
    >
      <span aria-hidden="true">{ICON[theme]}</span>
      <span className="header-button-text">{LABEL[theme]}</span>
    </button>
  );
}

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}
