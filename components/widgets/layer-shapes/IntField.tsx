'use client';

import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number;
  max: number;
  onCommit: (value: number) => void;
  /** Accessible name when the visible label is short, e.g. "Layer 2 kernel size". */
  ariaLabel?: string;
}

/**
 * A whole-number field that keeps what the reader is typing (an empty box while retyping) and
 * commits each value that reads as a number from 0 to max. Whether the value makes sense for the
 * layer is the model's business: it explains, the field does not refuse.
 */
export function IntField({ label, value, max, onCommit, ariaLabel }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  return (
    <label className="number-field">
      {label}{' '}
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={text}
        aria-label={ariaLabel}
        onChange={(e) => {
          setText(e.target.value);
          const v = e.target.valueAsNumber;
          if (Number.isFinite(v) && v >= 0) onCommit(Math.min(max, Math.round(v)));
        }}
        onBlur={() => setText(String(value))}
      />
    </label>
  );
}
