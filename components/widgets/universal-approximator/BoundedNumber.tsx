'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import styles from './BoundedNumber.module.css';

interface Props {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  /** What the number is, for the message: "c₂", "η". */
  name: string;
  testId?: string;
}

/**
 * A number box that never passes nonsense on: while the text is not a number inside [min, max] it
 * says why, next to the box, and the widget keeps its last good value.
 */
export function BoundedNumber({ label, value, min, max, step = 0.01, onChange, name, testId }: Props) {
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();

  useEffect(() => {
    // Follow changes made elsewhere (a slider, Reset), unless the box already shows this value.
    if (Number(text) !== value) {
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
          inputMode="decimal"
          value={text}
          data-testid={testId}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            e.preventDefault();
            const v = Math.min(max, Math.max(min, Number((value + (e.key === 'ArrowUp' ? step : -step)).toPrecision(12))));
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
