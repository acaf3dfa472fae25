'use client';

import { CellGrid } from './CellGrid';
import { convWorking, ninths, notesFormat, poolWorking, signed, type Grid, type Stage } from './model';
import styles from './XoPipeline.module.css';

interface Props {
  stage: Stage;
  r: number;
  c: number;
  image: Grid;
  filter: Grid;
  conv: Grid;
  relu: Grid;
  format: (v: number) => string;
}

const exact = (v: number) => {
  const s = v.toFixed(3);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
};

/** The arithmetic behind the selected cell: the nine products, the ReLU, or the pooling window. */
export function Working({ stage, r, c, image, filter, conv, relu, format }: Props) {
  const where = `row ${r + 1}, column ${c + 1}`;
  if (stage === 'conv') {
    const w = convWorking(image, filter, r, c);
    const agree = w.products.flat().filter((p) => p > 0).length;
    const terms = w.window.flatMap((row, a) => row.map((px, b) => `(${signed(px)}·${signed(filter[a][b])})`));
    return (
      <div className={styles.working} aria-live="polite">
        <p className={styles.workingTitle}>
          Feature map, {where}: the 3×3 window at image rows {r + 1}–{r + 3}, columns {c + 1}–{c + 3}
        </p>
        <div className={styles.triple}>
          <figure>
            <CellGrid values={w.window} label="image window" format={signed} look="signed" />
            <figcaption>window</figcaption>
          </figure>
          <span aria-hidden="true">⊙</span>
          <figure>
            <CellGrid values={filter} label="filter" format={signed} look="signed" />
            <figcaption>filter</figcaption>
          </figure>
          <span aria-hidden="true">=</span>
          <figure>
            <CellGrid values={w.products} label="products" format={signed} look="signed" />
            <figcaption>products</figcaption>
          </figure>
        </div>
        <p className={styles.sum}>
          {terms.join(' + ')} = <strong data-testid="xo-sum">{signed(w.sum)}</strong>
        </p>
        <p>
          {agree} agreements − {9 - agree} disagreements = {signed(w.sum)}. Normalised: {signed(w.sum)} / 9 ={' '}
          <strong data-testid="xo-value">{exact(w.normalised)}</strong>, printed {notesFormat(w.normalised)} in the notes
          (cut to two decimals) and {ninths(w.normalised)} in ninths.
        </p>
      </div>
    );
  }
  if (stage === 'relu') {
    const z = conv[r][c];
    return (
      <div className={styles.working} aria-live="polite">
        <p className={styles.workingTitle}>ReLU map, {where}</p>
        <p className={styles.sum}>
          max(0, {format(z)}) = <strong data-testid="xo-value">{format(Math.max(0, z))}</strong>
        </p>
        <p>
          {z > 0
            ? 'Positive evidence for the filter’s pattern passes unchanged.'
            : z < 0
              ? 'Negative evidence (more disagreements than agreements) becomes 0.'
              : 'Zero stays zero.'}
        </p>
      </div>
    );
  }
  const p = poolWorking(relu, r, c);
  return (
    <div className={styles.working} aria-live="polite">
      <p className={styles.workingTitle}>
        Pooled map, {where}: the 2×2 window at ReLU rows {p.rows[0] + 1}–{p.rows[1] + 1}, columns {p.cols[0] + 1}–{p.cols[1] + 1}
      </p>
      <p className={styles.sum}>
        max({p.cells.map((cell) => format(cell.v)).join(', ')}) = <strong data-testid="xo-value">{format(p.max)}</strong>
      </p>
      <p>
        The maximum sits at ReLU row {p.at.r + 1}, column {p.at.c + 1}.
        {p.cells.length < 4 &&
          ` This window hangs over the edge of the 7×7 map, so it holds only ${p.cells.length} cell${p.cells.length > 1 ? 's' : ''}.`}
      </p>
    </div>
  );
}
