'use client';

import { LinePlot } from '@/components/plots/LinePlot';
import { BoundedNumber } from './BoundedNumber';
import { fmt } from './model';
import { LEARNING_RATES, STEP_COUNTS } from './state';
import type { FitProgress, SweepProgress } from './use-training';
import styles from './UniversalApproximator.module.css';

interface Props {
  seed: number;
  lr: string;
  steps: string;
  fit: FitProgress | null;
  sweep: SweepProgress | null;
  onSettings: (patch: { seed?: number; lr?: (typeof LEARNING_RATES)[number]; steps?: (typeof STEP_COUNTS)[number] }) => void;
  onPause: () => void;
  onResume: () => void;
  onRestart: () => void;
  onSweep: () => void;
  onStopSweep: () => void;
  onEditByHand: () => void;
  onResetTraining: () => void;
}

const FIT_STATUS = { running: 'Training', paused: 'Paused', done: 'Trained' } as const;

/** Train mode: settings, progress, the error curve of this fit, and the error reached for each N. */
export function TrainPanel({ seed, lr, steps, fit, sweep, onSettings, onPause, onResume, onRestart, onSweep, onStopSweep, onEditByHand, onResetTraining }: Props) {
  const sweeping = sweep?.status === 'running';
  return (
    <div className={styles.trainPanel}>
      <div className="widget-controls">
        <BoundedNumber label="Seed" name="The seed" value={seed} min={0} max={1_000_000_000} step={1} onChange={(v) => onSettings({ seed: Math.round(v) })} testId="ua-seed" />
        <label>
          Learning rate{' '}
          <select value={lr} onChange={(e) => onSettings({ lr: e.target.value as (typeof LEARNING_RATES)[number] })}>
            {LEARNING_RATES.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
        <label>
          Adam steps{' '}
          <select value={steps} onChange={(e) => onSettings({ steps: e.target.value as (typeof STEP_COUNTS)[number] })}>
            {STEP_COUNTS.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </label>
        {fit?.status === 'running' && (
          <button type="button" className="widget-button" onClick={onPause}>
            Pause
          </button>
        )}
        {fit?.status === 'paused' && (
          <button type="button" className="widget-button primary" onClick={onResume}>
            Resume
          </button>
        )}
        <button type="button" className="widget-button" onClick={onRestart}>
          Train again from the start
        </button>
        {sweeping ? (
          <button type="button" className="widget-button" onClick={onStopSweep}>
            Stop the sweep
          </button>
        ) : (
          <button type="button" className="widget-button" onClick={onSweep}>
            Error for N = 1 … 50
          </button>
        )}
        <button type="button" className="widget-button" onClick={onEditByHand} disabled={!fit || fit.history.length === 0 || fit.status === 'running'}>
          Edit these units by hand
        </button>
      </div>
      <p className={styles.status} role="status" data-testid="ua-train-status">
        {!fit
          ? 'Training starts in a moment.'
          : fit.status === 'failed'
            ? 'Training stopped.'
            : fit.history.length === 0
              ? `Training: 0 of ${fit.total} Adam steps.`
              : `${FIT_STATUS[fit.status]}: ${fit.step} of ${fit.total} Adam steps, mean squared error ${fmt(fit.history[fit.history.length - 1].mse)}.`}
      </p>
      {fit?.status === 'failed' && (
        <div className="widget-error" role="alert">
          <p>{fit.message}</p>
          <button type="button" className="widget-button" onClick={onResetTraining}>
            Back to the default training settings
          </button>
        </div>
      )}
      <div className={styles.trainPlots}>
        {fit && fit.history.length > 1 && (
          <div>
            <LinePlot
              series={[{ label: 'mean squared error', x: fit.history.map((p) => p.step), y: fit.history.map((p) => p.mse) }]}
              label="Mean squared error of the fit after each reported step, log scale"
              xLabel="Adam step"
              logY
              height={200}
            />
            <p className={styles.caption}>Mean squared error of this fit (log scale) against the Adam step.</p>
          </div>
        )}
        {sweep && (
          <div>
            <LinePlot
              series={[
                { label: 'max error', x: sweep.points.map((p) => p.n), y: sweep.points.map((p) => p.max) },
                { label: 'RMS error', x: sweep.points.map((p) => p.n), y: sweep.points.map((p) => p.rms), className: 'curve-derivative' },
              ]}
              label="Error reached after training, against the number of hidden units N, log scale"
              xLabel="hidden units N"
              logY
              height={200}
            />
            <p className={styles.caption}>
              Solid: max |G − h|; dashed: RMS error, both after {steps} Adam steps with seed {seed}.{' '}
              {sweep.status === 'running'
                ? `Training N = ${sweep.sizes[sweep.points.length] ?? sweep.sizes[sweep.sizes.length - 1]} (${sweep.points.length} of ${sweep.sizes.length} done) …`
                : sweep.status === 'stopped'
                  ? `Stopped after ${sweep.points.length} of ${sweep.sizes.length}.`
                  : sweep.status === 'failed'
                    ? sweep.message
                    : 'Done.'}
            </p>
            <table className={styles.sweepTable}>
              <caption className="visually-hidden">Error reached for each number of hidden units</caption>
              <thead>
                <tr>
                  <th scope="col">N</th>
                  <th scope="col">max error</th>
                  <th scope="col">RMS error</th>
                </tr>
              </thead>
              <tbody>
                {sweep.points.map((p) => (
                  <tr key={p.n}>
                    <th scope="row">{p.n}</th>
                    <td>{fmt(p.max)}</td>
                    <td>{fmt(p.rms)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
