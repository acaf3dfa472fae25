'use client';

import styles from './MinibatchNoise.module.css';
import { Marker } from './NoisePlot';
import { batchSize, updatesPerEpoch, type LossPoint } from './model';
import { SERIES } from './series';

const TRAIN_COUNT = 1437;

export const lossText = (loss: number) => (Number.isNaN(loss) ? 'NaN' : !Number.isFinite(loss) ? '∞' : loss >= 100 ? loss.toExponential(1) : loss.toFixed(3));

/** The numbers behind the curves: updates per epoch, updates done, the latest loss and the time. */
export function RunTable({ points, diverged }: { points: readonly (readonly LossPoint[])[]; diverged: readonly boolean[] }) {
  return (
    <div className={`table-scroll ${styles.tableWrap}`}>
      <table className={styles.table} data-testid="mb-table">
        <caption className="visually-hidden">Progress of the three runs</caption>
        <thead>
          <tr>
            <th scope="col">run</th>
            <th scope="col">updates / epoch</th>
            <th scope="col">updates</th>
            <th scope="col">loss</th>
            <th scope="col">seconds</th>
          </tr>
        </thead>
        <tbody>
          {SERIES.map((s, i) => {
            const last = points[i]?.[points[i].length - 1];
            const b = batchSize(s.choice, TRAIN_COUNT);
            return (
              <tr key={s.className} className={styles[s.className]} data-testid={`mb-row-${s.className}`}>
                <th scope="row">
                  <svg width="16" height="14" aria-hidden="true">
                    <Marker kind={s.marker} cx={8} cy={7} r={5} className={styles.marker} />
                  </svg>{' '}
                  {s.name}
                </th>
                <td>{updatesPerEpoch(TRAIN_COUNT, b)}</td>
                <td>{last ? last.updates : '–'}</td>
                <td>{last ? `${lossText(last.loss)}${diverged[i] ? ' (diverged)' : ''}` : '–'}</td>
                <td>{last ? last.seconds.toFixed(2) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
