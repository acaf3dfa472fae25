'use client';

import { useEffect, useState } from 'react';
import styles from './GridSearch.module.css';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/**
 * A whole-number setting typed by the reader. Text that is not a whole number in [min, max] is not
 * applied: a message says why, and the value in use stays.
 */
export function WholeNumberField({ label, value, min, max, onChange }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setText(String(value));
    setError(null);
  }, [value]);

  function edit(next: string) {
    setText(next);
    const v = Number(next);
    if (next.trim() !== '' && Number.isInteger(v) && v >= min && v <= max) {
      setError(null);
      if (v !== value) onChange(v);
    } else {
      setError(`${label} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}; ${label.toLowerCase()} ${value} is still in use.`);
    }
  }

  return (
    <span className={styles.field}>
      <label className="number-field">
        {label}{' '}
        <input type="number" min={min} max={max} step={1} value={text} aria-invalid={error !== null} onChange={(e) => edit(e.target.value)} />
      </label>
      {error && (
        <span className={styles.fieldError} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
