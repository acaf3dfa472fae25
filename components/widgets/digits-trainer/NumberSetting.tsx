'use client';

import { useEffect, useId, useState } from 'react';
import styles from './DigitsTrainer.module.css';

interface NumberSettingProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number | 'any';
  integer?: boolean;
  /** What the value means, said in the message when it is out of range. */
  hint?: string;
  onChange: (value: number) => void;
  testId?: string;
}

/**
 * A number input that only passes on values inside [min, max]. Anything else stays in the box with
 * a message that says what is wrong, so a typo never reaches the trainer.
 */
export function NumberSetting({ label, value, min, max, step, integer = false, hint, onChange, testId }: NumberSettingProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDraft(String(value));
    setError(null);
  }, [value]);

  function commit(text: string) {
    setDraft(text);
    const v = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(v)) setError(`${label} must be a number${hint ? ` (${hint})` : ''}.`);
    else if (integer && !Number.isInteger(v)) setError(`${label} must be a whole number.`);
    else if (v < min || v > max) setError(`${label} = ${text} is outside ${min} to ${max}${hint ? ` (${hint})` : ''}; the last valid value, ${value}, is used.`);
    else {
      setError(null);
      if (v !== value) onChange(v);
    }
  }

  return (
    <span className={styles.setting}>
      <label className="number-field">
        {label}{' '}
        <input
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => commit(e.target.value)}
          data-testid={testId}
        />
      </label>
      {error && (
        <span id={`${id}-error`} className={styles.fieldError} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
