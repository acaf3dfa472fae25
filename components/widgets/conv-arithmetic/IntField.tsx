'use client';

import { useEffect, useId, useState } from 'react';
import styles from './ConvArithmetic.module.css';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Marks the field when the layer's explanation is about it. */
  invalid?: boolean;
  disabled?: boolean;
  testId?: string;
}

/**
 * A whole-number field. Any whole number is taken (stride 0 or padding −1 too, so the widget can
 * explain them); text that is not a whole number gets a message and is not taken. ↑/↓ step by 1.
 */
export function IntField({ label, value, onChange, invalid = false, disabled = false, testId }: Props) {
  const [draft, setDraft] = useState(String(value));
  const messageId = useId();
  useEffect(() => setDraft(String(value)), [value]);
  const parsed = draft.trim().replace('−', '-');
  const whole = /^[+-]?\d{1,9}$/.test(parsed);

  function commit(text: string) {
    setDraft(text);
    const t = text.trim().replace('−', '-');
    if (/^[+-]?\d{1,9}$/.test(t)) onChange(Number(t));
  }

  return (
    <span className={styles.field}>
      <label className="number-field">
        <span className={styles.fieldLabel}>{label}</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft}
          disabled={disabled}
          data-testid={testId}
          aria-invalid={!whole || invalid}
          aria-describedby={whole ? undefined : messageId}
          onChange={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
            e.preventDefault();
            const base = whole ? Number(parsed) : value;
            const next = base + (e.key === 'ArrowUp' ? 1 : -1);
            setDraft(String(next));
            onChange(next);
          }}
        />
      </label>
      {!whole && (
        <span className={styles.fieldError} id={messageId} role="alert">
          “{draft.length > 12 ? `${draft.slice(0, 12)}…` : draft}” is not a whole number; {value} is still used.
        </span>
      )}
    </span>
  );
}
