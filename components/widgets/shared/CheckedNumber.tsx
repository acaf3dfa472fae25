'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import styles from './CheckedNumber.module.css';

interface Props {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  /** Arrow-key step; whole numbers only when `integer`. */
  step?: number;
  integer?: boolean;
  onChange: (value: number) => void;
  /** What the number is, for the message: "Sequence length", "η". */
  name: string;
  testId?: string;
}

/**
 * A number box that passes only sensible values on. While its text is not a number in [min, max]
 * (or not a whole number where one is needed) it says why beside the box, and the widget keeps its
 * last good value. ↑/↓ step the value.
 */
export function CheckedNumber({ label, value, min, max, step = 1, integer = false, onChange, name, testId }: Props) {
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();

  useEffect(() => {
    // Follow changes made elsewhere (Reset, a link, a button), unless the box already shows the value.
    if (Number(text) !== value || text.trim() === '') {
      setText(String(value));
      setProblem(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  function edit(next: string) {
    setText(next);
    const trimmed = next.trim();
    const v = Number(trimmed);
    if (trimmed === '' || !Number.isFinite(v)) setProblem(`${name}: “${next.slice(0, 12)}” is not a number.`);
    else if (integer && !Number.isInteger(v)) setProblem(`${name} must be a whole number; ${trimmed} is ignored.`);
    else if (v < min || v > max) setProblem(`${name} must be between ${min} and ${max}; ${trimmed} is ignored.`);
    else {
      setProblem(null);
      onChange(v);
    }
  }

  return (
    <span className={`number-field ${styles.field}`}>
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          data-testid={testId}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            e.preventDefault();
            const raw = value + (e.key === 'ArrowUp' ? step : -step);
            const v = Math.min(max, Math.max(min, Number(raw.toPrecision(12))));
            setText(String(v));
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
