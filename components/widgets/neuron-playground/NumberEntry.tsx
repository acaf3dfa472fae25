'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import styles from './NeuronPlayground.module.css';

interface Props {
  label: ReactNode;
  /** The quantity's name in messages: "w₁", "η". */
  name: string;
  value: number;
  min: number;
  max: number;
  /** Change per ArrowUp / ArrowDown. */
  step: number;
  onChange: (value: number) => void;
  testId?: string;
  className?: string;
  /** Accept whole numbers only (a seed). */
  integer?: boolean;
}

const plain = (v: number) => String(Number(v.toPrecision(12)));

/**
 * A number box that never passes nonsense on: while its text is not a number inside [min, max] it
 * says why beside the box, and the widget keeps the last good value. ArrowUp / ArrowDown step it.
 */
export function NumberEntry({ label, name, value, min, max, step, onChange, testId, className, integer = false }: Props) {
  const [text, setText] = useState(plain(value));
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();

  useEffect(() => {
    // Follow changes made elsewhere (a slider, the learning rule, Reset).
    if (Number(text) !== value) {
      setText(plain(value));
      setProblem(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function edit(next: string) {
    setText(next);
    const trimmed = next.trim().replace('−', '-');
    const v = Number(trimmed);
    if (trimmed === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) || !Number.isFinite(v)) {
      setProblem(`${name}: “${next.slice(0, 12)}” is not a number; ${plain(value)} is kept.`);
    } else if (integer && !Number.isInteger(v)) {
      setProblem(`${name} must be a whole number; ${trimmed} is ignored and ${plain(value)} is kept.`);
    } else if (v < min || v > max) {
      setProblem(`${name} must be between ${min} and ${max}; ${trimmed} is ignored and ${plain(value)} is kept.`);
    } else {
      setProblem(null);
      onChange(v);
    }
  }

  return (
    <span className={`number-field ${styles.entry} ${className ?? ''}`}>
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode="decimal"
          value={text}
          data-testid={testId}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => {
            if (problem) return;
            setText(plain(value));
          }}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            e.preventDefault();
            const v = Math.min(max, Math.max(min, Number((value + (e.key === 'ArrowUp' ? step : -step)).toPrecision(12))));
            setText(plain(v));
            setProblem(null);
            onChange(v);
          }}
        />
      </label>
      {problem && (
        <span id={messageId} className={styles.problem} role="status">
          {problem}
        </span>
      )}
    </span>
  );
}
