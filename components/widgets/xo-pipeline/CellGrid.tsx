'use client';

import { useRef, type KeyboardEvent } from 'react';
import type { Grid } from './model';
import styles from './XoPipeline.module.css';

export type Mark = 'selected' | 'window' | undefined;

interface Props {
  values: Grid;
  /** Accessible name of the grid, e.g. "ReLU map". */
  label: string;
  format: (v: number) => string;
  /** How each cell looks: 'signed' tints positive blue and negative orange; 'pixels' is black on white. */
  look: 'signed' | 'pixels';
  mark?: (r: number, c: number) => Mark;
  /** Given: the grid is interactive (click, arrows, Home/End) and this cell is the roving focus. */
  active?: [number, number];
  onSelect?: (r: number, c: number) => void;
  testId?: string;
}

/** A small matrix of numbers; interactive grids move their selection with the arrow keys. */
export function CellGrid({ values, label, format, look, mark, active, onSelect, testId }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;

  function move(e: KeyboardEvent<HTMLDivElement>, r: number, c: number) {
    if (!onSelect) return;
    const to: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: [r, 0],
      End: [r, cols - 1],
      PageUp: [0, c],
      PageDown: [rows - 1, c],
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(r, c);
      return;
    }
    const next = to[e.key];
    if (!next) return;
    e.preventDefault();
    const nr = Math.min(rows - 1, Math.max(0, next[0]));
    const nc = Math.min(cols - 1, Math.max(0, next[1]));
    onSelect(nr, nc);
    const cell = holder.current?.querySelector<HTMLElement>(`[data-rc="${nr}-${nc}"]`);
    cell?.focus();
  }

  const interactive = onSelect !== undefined;
  return (
    <div
      ref={holder}
      className={`${styles.grid} ${look === 'pixels' ? styles.pixels : ''}`}
      role={interactive ? 'grid' : 'img'}
      aria-label={interactive ? label : `${label}: ${values.map((r) => r.map(format).join(' ')).join('; ')}`}
      data-testid={testId}
    >
      {values.map((row, r) => (
        <div key={r} role={interactive ? 'row' : undefined} className={styles.row}>
          {row.map((v, c) => {
            const m = mark?.(r, c);
            const isActive = active !== undefined && active[0] === r && active[1] === c;
            const tint = look === 'signed' ? Math.min(1, Math.abs(v)) * 45 : 0;
            const tone = v > 0 ? 'var(--c-blue)' : 'var(--c-orange)';
            return (
              <div
                key={c}
                data-rc={`${r}-${c}`}
                className={[
                  styles.cell,
                  look === 'pixels' && v > 0 ? styles.on : '',
                  m ? styles[m] : '',
                ].join(' ')}
                style={tint > 0 ? { background: `color-mix(in srgb, ${tone} ${tint.toFixed(0)}%, var(--bg-raised))` } : undefined}
                role={interactive ? 'gridcell' : undefined}
                tabIndex={interactive ? (isActive ? 0 : -1) : undefined}
                aria-selected={interactive ? m === 'selected' : undefined}
                aria-label={interactive ? `row ${r + 1}, column ${c + 1}: ${format(v)}` : undefined}
                onClick={interactive ? () => onSelect(r, c) : undefined}
                onKeyDown={interactive ? (e) => move(e, r, c) : undefined}
              >
                {look === 'signed' ? format(v) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
