'use client';

import styles from './SeqWindows.module.css';

interface Props {
  series: readonly number[];
  /** First index of the highlighted window. */
  start: number;
  seqLen: number;
  format: (v: number) => string;
}

/** The series as a row of cells: the window's inputs boxed solid, its target dashed and marked. */
export function SeriesStrip({ series, start, seqLen, format }: Props) {
  const role = (k: number) => (k >= start && k < start + seqLen ? 'input' : k === start + seqLen ? 'target' : 'other');
  return (
    <figure className={styles.strip}>
      <ol className={styles.cells} aria-label={`The series; the window starts at index ${start}`}>
        {series.map((v, k) => {
          const r = role(k);
          return (
            <li key={k} className={`${styles.cell} ${r === 'input' ? styles.inputCell : ''} ${r === 'target' ? styles.targetCell : ''}`}>
              <span className={styles.index}>{k}</span>
              <span className={styles.value}>{format(v)}</span>
              {r !== 'other' && <span className="visually-hidden">{r === 'input' ? ' (input)' : ' (target)'}</span>}
            </li>
          );
        })}
      </ol>
      <figcaption className={styles.legend}>
        <span className={`${styles.key} ${styles.inputCell}`} aria-hidden="true" /> input window{' '}
        <span className={`${styles.key} ${styles.targetCell}`} aria-hidden="true" /> target (dashed)
      </figcaption>
    </figure>
  );
}
