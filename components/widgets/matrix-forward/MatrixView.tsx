'use client';

import type { KeyboardEvent } from 'react';
import { fmt, SIGN_GLYPH, signOf } from './model';
import styles from './MatrixForward.module.css';

export interface CellSpec {
  /** Highlight: 'row' for the weights and bias of the selected neuron, 'col' for the input it reads, 'out' for the selected output. */
  lit?: 'row' | 'col' | 'out';
  /** Accessible name, e.g. "w¹₂₁ = 0.5". */
  label: string;
  testId?: string;
  /** Selecting: click, focus or hover. */
  onSelect?: () => void;
  /** Click or Enter, when it should do more than select. */
  onActivate?: () => void;
  /** ArrowUp / ArrowDown on an editable entry. */
  onNudge?: (delta: number) => void;
  pressed?: boolean;
}

interface Props {
  /** Under the bracket: "W¹", "x", "z¹". */
  name: string;
  values: readonly (readonly number[])[];
  cell: (i: number, j: number) => CellSpec;
}

/** A matrix or column vector in brackets; every entry coloured by its sign and prefixed with a sign glyph. */
export function MatrixView({ name, values, cell }: Props) {
  const cols = values[0]?.length ?? 0;
  return (
    <figure className={styles.matrix}>
      <div className={styles.bracket} style={{ gridTemplateColumns: `repeat(${cols}, auto)` }}>
        {values.map((row, i) =>
          row.map((v, j) => {
            const spec = cell(i, j);
            const sign = signOf(v);
            const text = `${sign === 'zero' ? '' : SIGN_GLYPH[sign]}${fmt(Math.abs(v))}`;
            const className = [styles.cell, styles[sign], spec.lit ? styles[spec.lit] : ''].join(' ');
            if (!spec.onSelect) {
              return (
                <span key={`${i}:${j}`} className={className} data-testid={spec.testId} title={spec.label}>
                  {text}
                </span>
              );
            }
            const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
              if (!spec.onNudge) return;
              const step = e.shiftKey ? 1 : 0.1;
              if (e.key === 'ArrowUp') spec.onNudge(step);
              else if (e.key === 'ArrowDown') spec.onNudge(-step);
              else return;
              e.preventDefault();
            };
            return (
              <button
                key={`${i}:${j}`}
                type="button"
                className={className}
                data-testid={spec.testId}
                aria-label={spec.label}
                aria-pressed={spec.pressed}
                onClick={spec.onActivate ?? spec.onSelect}
                onFocus={spec.onSelect}
                onMouseEnter={spec.onNudge ? undefined : spec.onSelect}
                onKeyDown={onKeyDown}
              >
                {text}
              </button>
            );
          }),
        )}
      </div>
      <figcaption className={styles.name}>{name}</figcaption>
    </figure>
  );
}
