'use client';

import { useEffect, useState } from 'react';
import { parseList } from './model';
import styles from './Conv1d.module.css';

interface ListFieldProps {
  label: string;
  /** Used in messages, e.g. "signal". */
  what: string;
  values: readonly number[];
  maxLength: number;
  limit: number;
  onCommit: (values: number[]) => void;
  testId?: string;
}

const join = (values: readonly number[]) => values.map((v) => String(Math.round(v * 10_000) / 10_000)).join(', ');

/** A comma-separated list of numbers; a typo is explained and leaves the last good list in place. */
export function ListField({ label, what, values, maxLength, limit, onCommit, testId }: ListFieldProps) {
  const canonical = join(values);
  const [draft, setDraft] = useState(canonical);
  const [message, setMessage] = useState<string | null>(null);

  // A drag, a preset or a link changes the list from outside: show it.
  // The reader's own text is kept while it still says the same list (e.g. "1, 4, 2," mid-typing).
  useEffect(() => {
    setDraft((d) => {
      const parsed = parseList(d, what, 1, maxLength, limit);
      return parsed.ok && join(parsed.values) === canonical ? d : canonical;
    });
    setMessage(null);
  }, [canonical, what, maxLength, limit]);

  return (
    <div className={styles.listField}>
      <label>
        {label}{' '}
        <input
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={draft}
          data-testid={testId}
          aria-invalid={message ? true : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const parsed = parseList(e.target.value, what, 1, maxLength, limit);
            if (parsed.ok) {
              setMessage(null);
              if (join(parsed.values) !== canonical) onCommit(parsed.values);
            } else {
              setMessage(parsed.message);
            }
          }}
        />
      </label>
      {message && (
        <p className="widget-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
