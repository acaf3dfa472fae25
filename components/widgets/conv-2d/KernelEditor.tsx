'use client';

import { useState } from 'react';
import { fmt } from './model';
import type { Grid } from './presets';
import { MAX_KERNEL, VALUE_LIMIT } from './state';
import styles from './Conv2d.module.css';

interface KernelEditorProps {
  kernel: Grid;
  /** Taps that the selected output cell uses, highlighted (row-major kernel indices). */
  active?: ReadonlySet<number>;
  onChange: (kernel: Grid) => void;
}

/** One number field per kernel entry K(a, b), plus the kernel's rows and columns. */
export function KernelEditor({ kernel, active, onChange }: KernelEditorProps) {
  const [message, setMessage] = useState<string | null>(null);

  function setEntry(a: number, b: number, raw: number, text: string) {
    if (!Number.isFinite(raw)) {
      setMessage(text.trim() === '' || text === '-' ? null : `“${text}” is not a number; K(${a}, ${b}) stays ${fmt(kernel.data[a * kernel.cols + b])}.`);
      return;
    }
    if (Math.abs(raw) > VALUE_LIMIT) {
      setMessage(`Kernel entries are limited to ±${VALUE_LIMIT}; ${raw} was not applied to K(${a}, ${b}).`);
      return;
    }
    setMessage(null);
    const data = Float64Array.from(kernel.data);
    data[a * kernel.cols + b] = raw;
    onChange({ rows: kernel.rows, cols: kernel.cols, data });
  }

  function setSize(rows: number, cols: number) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || rows > MAX_KERNEL || cols > MAX_KERNEL) {
      setMessage(`A kernel has 1 to ${MAX_KERNEL} rows and columns.`);
      return;
    }
    setMessage(null);
    const data = new Float64Array(rows * cols);
    for (let a = 0; a < Math.min(rows, kernel.rows); a++) for (let b = 0; b < Math.min(cols, kernel.cols); b++) data[a * cols + b] = kernel.data[a * kernel.cols + b];
    onChange({ rows, cols, data });
  }

  return (
    <div className={styles.kernelEditor}>
      <div className={styles.sizeRow}>
        <label className="number-field">
          Kernel rows{' '}
          <input type="number" min={1} max={MAX_KERNEL} step={1} value={kernel.rows} onChange={(e) => setSize(e.target.valueAsNumber, kernel.cols)} />
        </label>
        <label className="number-field">
          columns{' '}
          <input type="number" min={1} max={MAX_KERNEL} step={1} value={kernel.cols} onChange={(e) => setSize(kernel.rows, e.target.valueAsNumber)} />
        </label>
      </div>
      <div className={styles.kernelGrid} style={{ gridTemplateColumns: `repeat(${kernel.cols}, minmax(2.6rem, 4rem))` }} role="group" aria-label={`Kernel entries, ${kernel.rows} × ${kernel.cols}`}>
        {Array.from({ length: kernel.rows * kernel.cols }, (_, k) => {
          const a = Math.floor(k / kernel.cols);
          const b = k % kernel.cols;
          return (
            <input
              key={`${kernel.rows}x${kernel.cols}:${k}`}
              className={active?.has(k) ? `${styles.kernelInput} ${styles.kernelActive}` : styles.kernelInput}
              type="number"
              step={0.1}
              aria-label={`K(${a}, ${b})`}
              data-testid={`c2-k-${a}-${b}`}
              value={Math.round(kernel.data[k] * 10_000) / 10_000}
              onChange={(e) => setEntry(a, b, e.target.valueAsNumber, e.target.value)}
            />
          );
        })}
      </div>
      {message && (
        <p className="widget-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
