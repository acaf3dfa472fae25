'use client';

import { fmt, kernelSpan, type ConvSettings, type Term } from './model';
import type { Grid } from './presets';
import styles from './Conv2d.module.css';

/** o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1 with the reader's numbers, for one axis. */
export function sizeWorking(i: number, k: number, s: ConvSettings): string {
  const span = kernelSpan(k, s.dilation);
  const o = Math.floor((i + 2 * s.padding - span) / s.stride) + 1;
  const remainder = (i + 2 * s.padding - span) % s.stride;
  const dil = s.dilation === 1 ? `${k}` : `${s.dilation}·(${k} − 1) + 1`;
  const floor = remainder === 0 ? '' : ` (the last ${remainder} ${remainder === 1 ? 'row or column is' : 'rows or columns are'} not reached)`;
  return `⌊(${i} + 2·${s.padding} − ${dil}) / ${s.stride}⌋ + 1 = ⌊${i + 2 * s.padding - span}/${s.stride}⌋ + 1 = ${o}${floor}`;
}

interface WorkingProps {
  image: Grid;
  kernel: Grid;
  settings: ConvSettings;
  output: Grid;
  at: { row: number; col: number };
  terms: readonly Term[];
}

/** The output size and the selected output cell's sum of products, with the actual numbers. */
export function Working({ image, kernel, settings, output, at, terms }: WorkingProps) {
  const sum = terms.reduce((acc, t) => acc + t.input * t.weight, 0);
  const used = terms.filter((t) => !t.inPadding);
  const padded = terms.length - used.length;
  const products = used.map((t) => `${fmt(t.input)}·${t.weight < 0 ? `(${fmt(t.weight)})` : fmt(t.weight)}`).join(' + ') || '0';
  const symbol = settings.mode === 'cross' ? '⋆' : '∗';
  return (
    <div className={styles.working}>
      <dl className="readout">
        <dt>Output rows</dt>
        <dd data-testid="c2-rows-working">{sizeWorking(image.rows, kernel.rows, settings)}</dd>
        <dt>Output columns</dt>
        <dd data-testid="c2-cols-working">{sizeWorking(image.cols, kernel.cols, settings)}</dd>
        <dt>Feature map</dt>
        <dd data-testid="c2-out-size">
          {output.rows} × {output.cols}
        </dd>
      </dl>
      <p className={styles.sum} aria-live="polite">
        <span>
          S({at.row}, {at.col}) = (I {symbol} K)({at.row}, {at.col}) ={' '}
        </span>
        <span data-testid="c2-products">{products}</span>
        {padded > 0 && <span className={styles.muted}> (+ {padded} taps on padding zeros)</span>}
        <span> = </span>
        <strong data-testid="c2-sum">{fmt(sum)}</strong>
      </p>
      {settings.mode === 'conv' && <p className={styles.note}>Convolution rotates the kernel by 180°, so the top-left input of each window meets the bottom-right kernel entry.</p>}
    </div>
  );
}
