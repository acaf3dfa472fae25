'use client';

import { fmt, maxAbsDifference, type Im2colResult } from './model';
import type { Grid } from './presets';
import styles from './Conv2d.module.css';

const MAX_SHOWN_ROWS = 36;
const MAX_SHOWN_COLS = 25;

interface Im2colViewProps {
  result: Im2colResult;
  image: Grid;
  output: Grid;
  /** Row of W′ that belongs to the selected output cell. */
  selectedRow: number;
}

/** W′ · vec(I) next to the feature map read row by row: the same numbers. */
export function Im2colView({ result, image, output, selectedRow }: Im2colViewProps) {
  if (!result.ok) {
    return (
      <p className={styles.note} data-testid="c2-im2col-summary">
        W′ would be {result.rows} × {result.cols} = {(result.rows * result.cols).toLocaleString('en')} entries, too many to build here.
        It has one row per output cell and one column per input cell; shrink the image to see it.
      </p>
    );
  }
  const difference = maxAbsDifference(result.product, output.data);
  const summary = (
    <p className={styles.note} data-testid="c2-im2col-summary">
      W′ is {result.rows} × {result.cols}: one row per output cell, one column per input cell, {result.nonZero} non-zero entries out of{' '}
      {result.rows * result.cols}. Largest difference between W′·vec(I) and the feature map: <strong data-testid="c2-im2col-diff">{fmt(difference)}</strong>.
    </p>
  );
  if (result.rows > MAX_SHOWN_ROWS || result.cols > MAX_SHOWN_COLS) {
    return (
      <>
        {summary}
        <p className={styles.note}>The matrix is printed for up to {MAX_SHOWN_ROWS} rows and {MAX_SHOWN_COLS} columns; pick a smaller image to see every entry.</p>
      </>
    );
  }
  const rows = Array.from({ length: result.rows }, (_, r) => r);
  return (
    <>
      {summary}
      <div className={`${styles.scroller} table-scroll`} role="region" aria-label="W′ times vec(I) equals vec(S)" tabIndex={0}>
        <table className={styles.matrix} data-testid="c2-im2col">
          <caption className={styles.srOnly}>Each row of W′ times the flattened input gives one output cell</caption>
          <thead>
            <tr>
              <th scope="col" colSpan={result.cols}>
                W′ ({result.rows} × {result.cols})
              </th>
              <th scope="col" aria-label="times" />
              <th scope="col">vec(I)</th>
              <th scope="col" aria-label="equals" />
              <th scope="col">W′·vec(I)</th>
              <th scope="col">S</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r} className={r === selectedRow ? styles.selectedRow : undefined}>
                {Array.from({ length: result.cols }, (_, c) => {
                  const v = result.entries[r * result.cols + c];
                  return (
                    <td key={c} className={v === 0 ? styles.zero : undefined}>
                      {fmt(v)}
                    </td>
                  );
                })}
                <td className={styles.op}>{r === 0 ? '·' : ''}</td>
                <td className={styles.vec}>{r < image.data.length ? fmt(image.data[r]) : ''}</td>
                <td className={styles.op}>{r === 0 ? '=' : ''}</td>
                <td className={styles.vec}>{fmt(result.product[r])}</td>
                <td className={styles.vec}>{fmt(output.data[r])}</td>
              </tr>
            ))}
            {image.data.length > result.rows &&
              Array.from({ length: image.data.length - result.rows }, (_, k) => (
                <tr key={`x${k}`}>
                  <td colSpan={result.cols + 1} className={styles.blank} />
                  <td className={styles.vec}>{fmt(image.data[result.rows + k])}</td>
                  <td colSpan={3} className={styles.blank} />
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
