'use client';

import { useEffect, useId, useState } from 'react';
import { MAX_SEED } from './state';
import styles from './GradientFlow.module.css';

/** The seed as a number field (committed only when valid, with a message otherwise) and a "Next seed" button. */
export function SeedField({ seed, onChange }: { seed: number; onChange: (seed: number) => void }) {
  const [draft, setDraft] = useState(String(seed));
  const errorId = useId();
  useEffect(() => setDraft(String(seed)), [seed]);
  const value = Number(draft);
  const valid = /^\d+$/.test(draft.trim()) && value >= 1 && value <= MAX_SEED;

  return (
    <>
      <label className={`number-field ${styles.seedField}`}>
        Seed{' '}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SEED}
          step={1}
          value={draft}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : errorId}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = Number(e.target.value);
            if (/^\d+$/.test(e.target.value.trim()) && v >= 1 && v <= MAX_SEED) onChange(v);
          }}
        />
      </label>
      <button type="button" className="widget-button" onClick={() => onChange(seed >= MAX_SEED ? 1 : seed + 1)}>
        Next seed
      </button>
      {!valid && (
        <p className={styles.fieldError} id={errorId} role="alert">
          A seed is a whole number from 1 to {MAX_SEED.toLocaleString('en-US')}; seed {seed} is still in use.
        </p>
      )}
    </>
  );
}
