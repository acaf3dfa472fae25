'use client';

import { useId, useMemo } from 'react';
import { ListField } from '@/components/widgets/conv-1d/ListField';
import { convolutionTheorem } from './model';
import { FFT_SIZES, MAX_LIST, VALUE_LIMIT } from './state';
import styles from './FourierSeries.module.css';

const num = (v: number, digits = 3) => {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return r === 0 ? '0' : r < 0 ? `−${-r}` : `${r}`;
};
const complex = (re: number, im: number) => {
  const r = num(re);
  const i = Math.round(im * 1000) / 1000;
  if (i === 0) return r;
  return `${r} ${i < 0 ? '−' : '+'} ${num(Math.abs(i))}i`;
};

interface TheoremPanelProps {
  alpha: readonly number[];
  beta: readonly number[];
  size: (typeof FFT_SIZES)[number];
  onChange: (patch: { a?: number[]; b?: number[]; size?: (typeof FFT_SIZES)[number] }) => void;
}

/** FFT, multiply, inverse FFT, next to the direct convolution, with the difference printed. */
export function TheoremPanel({ alpha, beta, size, onChange }: TheoremPanelProps) {
  const ids = useId();
  const n = Number(size);
  const r = useMemo(() => convolutionTheorem(alpha, beta, n), [alpha, beta, n]);
  const need = alpha.length + beta.length - 1;
  const rows = Array.from({ length: n }, (_, k) => k);
  return (
    <div>
      <div className={styles.controls}>
        <ListField label="α =" what="first list" values={alpha} maxLength={MAX_LIST} limit={VALUE_LIMIT} onCommit={(a) => onChange({ a })} testId="fs-alpha" />
        <ListField label="β =" what="second list" values={beta} maxLength={MAX_LIST} limit={VALUE_LIMIT} onCommit={(b) => onChange({ b })} testId="fs-beta" />
        <fieldset className="segmented">
          <legend>FFT length N</legend>
          {FFT_SIZES.map((s) => (
            <label key={s}>
              <input type="radio" name={`${ids}-size`} checked={size === s} onChange={() => onChange({ size: s })} /> {s}
            </label>
          ))}
        </fieldset>
      </div>
      <div className={`${styles.scroller} table-scroll`} role="region" aria-label="FFT of both sequences, their product and its inverse" tabIndex={0}>
        <table className={styles.table} data-testid="fs-table">
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">FFT(α)ₖ</th>
              <th scope="col">FFT(β)ₖ</th>
              <th scope="col">IFFT of the product</th>
              <th scope="col">α ∗ β directly</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((k) => (
              <tr key={k}>
                <td>{k}</td>
                <td>{complex(r.alphaHat.re[k], r.alphaHat.im[k])}</td>
                <td>{complex(r.betaHat.re[k], r.betaHat.im[k])}</td>
                <td>{num(r.viaFft[k])}</td>
                <td>{k < r.direct.length ? num(r.direct[k]) : '0'}</td>
              </tr>
            ))}
            {r.direct.length > n &&
              Array.from({ length: r.direct.length - n }, (_, j) => (
                <tr key={`x${j}`}>
                  <td>{n + j}</td>
                  <td colSpan={3} className={styles.muted}>
                    beyond N: wrapped onto k = {(n + j) % n}
                  </td>
                  <td>{num(r.direct[n + j])}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <p data-testid="fs-difference" className={r.enough ? styles.good : styles.bad}>
        Largest difference between the FFT route and direct convolution: <strong>{r.difference < 1e-9 ? r.difference.toExponential(1) : num(r.difference)}</strong>
        {r.enough
          ? ` (rounding only): N = ${n} ≥ ${alpha.length} + ${beta.length} − 1 = ${need}, so nothing wraps around.`
          : `. N = ${n} is less than ${alpha.length} + ${beta.length} − 1 = ${need}: the FFT computes the circular convolution, and the last ${need - n} coefficient${need - n === 1 ? '' : 's'} wrap onto the first. Pick N ≥ ${need}.`}
      </p>
    </div>
  );
}
