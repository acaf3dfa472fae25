import { formatAccuracy } from './model';
import type { TrainerView } from './use-trainer';
import styles from './DigitsTrainer.module.css';

interface StatusLineProps {
  view: TrainerView;
  epochs: number;
  stoppedBySettings: boolean;
}

/** One sentence on where training stands, read out politely as it changes. */
export function StatusLine({ view, epochs, stoppedBySettings }: StatusLineProps) {
  const latest = view.history.at(-1);
  const target = view.firstAtTarget;
  let text: string;
  if (view.phase === 'idle') {
    text = stoppedBySettings
      ? 'The settings changed, so the run was stopped. Press Train to train with the new settings.'
      : `Press Train: ${epochs} epoch${epochs === 1 ? '' : 's'} of minibatch SGD on the 1437 training digits, in a background thread.`;
  } else if (view.phase === 'loading' || !latest) {
    text = view.phase === 'failed' ? 'Training could not start.' : 'Loading the digits…';
  } else {
    const where = `epoch ${latest.epoch} of ${epochs}, test ${formatAccuracy(latest.test.correct, latest.test.count)}, ${latest.seconds.toFixed(1)} s`;
    if (view.phase === 'running') text = `Training: ${where}.`;
    else if (view.phase === 'paused') text = `Stopped after ${where}. Resume carries on from here.`;
    else if (view.phase === 'done') text = `Finished: ${where}.`;
    else if (view.phase === 'diverged') text = `Diverged after ${where}.`;
    else text = 'Training stopped with an error.';
  }
  // Only changes of phase are announced; the epoch-by-epoch numbers would flood a screen reader.
  const announced =
    view.phase === 'done' && latest
      ? `Finished: test ${formatAccuracy(latest.test.correct, latest.test.count)}.`
      : { idle: '', loading: 'Loading.', running: 'Training.', paused: 'Stopped.', diverged: 'Training diverged.', failed: 'Training failed.', done: '' }[view.phase];
  return (
    <div className={styles.status}>
      <p data-testid="dt-status">{text}</p>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
      {target && (
        <p data-testid="dt-target">
          Passed the 97.5% bar ({target.test.correct} of {target.test.count}) after epoch {target.epoch}, in{' '}
          <span data-testid="dt-target-seconds">{target.seconds.toFixed(2)}</span> s.
        </p>
      )}
    </div>
  );
}
