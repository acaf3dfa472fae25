'use client';

import { useEffect, useId, useState } from 'react';
import styles from './LstmGates.module.css';

interface Props {
  value: readonly number[];
  maxLength: number;
  min: number;
  max: number;
  onChange: (xs: number[]) => void;
}

/** Why `text` is not a usable sequence, or the sequence. */
export function parseSequence(text: string, maxLength: number, min: number, max: number): { ok: true; xs: number[] } | { ok: false; problem: string } {
  const parts = text.split(/[,\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, problem: 'Type at least one input value, e.g. 1, 0.5, -1.' };
  if (parts.length > maxLength) return { ok: false, problem: `At most ${maxLength} inputs; this has ${parts.length}.` };
  const xs: number[] = [];
  for (const [k, part] of parts.entries()) {
    const v = Number(part);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(part) || !Number.isFinite(v)) return { ok: false, problem: `Input ${k + 1}, “${part.slice(0, 12)}”, is not a number.` };
    if (v < min || v > max) return { ok: false, problem: `Input ${k + 1} is ${part}; inputs must lie between ${min} and ${max}.` };
    xs.push(v);
  }
  return { ok: true, xs };
}

/** The input sequence as comma-separated text; nonsense is explained and the last good sequence kept. */
export function SequenceField({ value, maxLength, min, max, onChange }: Props) {
  const joined = value.join(', ');
  const [text, setText] = useState(joined);
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();

  useEffect(() => {
    const parsed = parseSequence(text, maxLength, min, max);
    if (!parsed.ok || parsed.xs.join(',') !== value.join(',')) {
      setText(joined);
      setProblem(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [joined]);

  return (
    <span className={styles.sequence}>
      <label>
        Inputs x₁, x₂, …{' '}
        <input
          type="text"
          value={text}
          data-testid="lg-xs"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = parseSequence(e.target.value, maxLength, min, max);
            if (parsed.ok) {
              setProblem(null);
              onChange(parsed.xs);
            } else setProblem(parsed.problem);
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
