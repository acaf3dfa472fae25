'use client';

import { LinePlot } from '@/components/plots/LinePlot';
import type { EpochUpdate } from './protocol';
import styles from './DigitsTrainer.module.css';

/** Train (solid) and test (dashed) loss and accuracy per epoch. */
export function TrainingCurves({ history }: { history: readonly EpochUpdate[] }) {
  const epochs = history.map((u) => u.epoch);
  const percent = (m: { correct: number; count: number }) => (100 * m.correct) / m.count;
  return (
    <div className={styles.curves}>
      <figure className={styles.plotFigure}>
        <figcaption>Cross-entropy loss per epoch, as log₁₀ (−1 is 0.1, −2 is 0.01)</figcaption>
        <LinePlot
          series={[
            { label: 'training loss', x: epochs, y: history.map((u) => Math.log10(u.train.loss)), className: 'curve-function' },
            { label: 'test loss', x: epochs, y: history.map((u) => Math.log10(u.test.loss)), className: 'curve-derivative' },
          ]}
          label="Training loss (solid) and test loss (dashed) after each epoch, on a log₁₀ scale"
          xLabel="epoch"
          height={200}
        />
      </figure>
      <figure className={styles.plotFigure}>
        <figcaption>Accuracy per epoch, %</figcaption>
        <LinePlot
          series={[
            { label: 'training accuracy', x: epochs, y: history.map((u) => percent(u.train)), className: 'curve-function' },
            { label: 'test accuracy', x: epochs, y: history.map((u) => percent(u.test)), className: 'curve-derivative' },
          ]}
          label="Training accuracy (solid) and test accuracy (dashed) after each epoch"
          xLabel="epoch"
          height={200}
        />
      </figure>
      <ul className="plot-legend">
        <li>
          <span className="swatch" aria-hidden="true" /> training set (1437 digits), solid
        </li>
        <li>
          <span className="swatch swatch-derivative" aria-hidden="true" /> test set (360 digits), dashed
        </li>
      </ul>
    </div>
  );
}
