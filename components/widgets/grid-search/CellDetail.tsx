'use client';

import { LinePlot } from '@/components/plots/LinePlot';
import styles from './GridSearch.module.css';
import { cellName, divergenceText, lossText, percent } from './format';
import type { CellResult } from './model';

interface Props {
  eta: number;
  lambda: number;
  result: CellResult | null;
  epochs: number;
}

/** The selected cell's training loss, epoch by epoch, and its two accuracies. */
export function CellDetail({ eta, lambda, result, epochs }: Props) {
  const name = cellName(eta, lambda);
  if (!result) {
    return (
      <div className={styles.detail} data-testid="gs-detail">
        <p className={styles.detailTitle}>{name}</p>
        <p>This network has not been trained yet. Press “Train the grid” and its loss curve appears here.</p>
      </div>
    );
  }
  const losses = result.losses;
  const first = losses[0];
  const last = losses[losses.length - 1];
  return (
    <div className={styles.detail} data-testid="gs-detail">
      <p className={styles.detailTitle}>{name}</p>
      {result.divergedAt !== null ? (
        <p className={styles.diverged} data-testid="gs-detail-text">
          ✕ This network {divergenceText(result)}. The steps are too large: each update overshoots, the weights grow
          and the softmax overflows. A smaller η (a row higher) trains.
        </p>
      ) : (
        <p data-testid="gs-detail-text">
          Training loss {lossText(first)} after epoch 1 → {lossText(last)} after epoch {losses.length}. Accuracy: training{' '}
          <strong>{percent(result.trainAccuracy)}</strong>, test <strong>{percent(result.testAccuracy)}</strong>.
        </p>
      )}
      <LinePlot
        series={[{ label: 'training loss', y: losses.map((l) => (Number.isFinite(l) ? l : NaN)), x: losses.map((_, i) => i + 1) }]}
        label={`Training loss per epoch for ${name}, over ${epochs} epochs`}
        xLabel="epoch"
        yLabel="training loss (cross-entropy)"
        height={200}
      />
    </div>
  );
}
