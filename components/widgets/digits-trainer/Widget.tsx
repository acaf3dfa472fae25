'use client';

import { useState } from 'react';
import { ConfusionMatrix } from '@/components/plots/ConfusionMatrix';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { DrawDigit } from './DrawDigit';
import { MistakeGallery } from './MistakeGallery';
import { DIVERGED_LOSS, formatAccuracy } from './model';
import { SettingsForm } from './SettingsForm';
import { schema, settingsOf, URL_PREFIX, type TrainerState } from './state';
import { StatusLine } from './StatusLine';
import { TrainingCurves } from './TrainingCurves';
import { useTrainer } from './use-trainer';
import styles from './DigitsTrainer.module.css';

const DIGIT_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

export default function DigitsTrainer() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const { view, start, pause, resume, clear } = useTrainer();
  const [stoppedBySettings, setStoppedBySettings] = useState(false);
  const latest = view.history.at(-1) ?? null;
  const settings = settingsOf(state);

  function change(patch: Partial<TrainerState>) {
    if (view.phase !== 'idle') {
      clear();
      setStoppedBySettings(true);
    }
    update(patch);
  }

  function train() {
    setStoppedBySettings(false);
    start(settings);
  }

  function resetAll() {
    clear();
    setStoppedBySettings(false);
    reset();
  }

  const busy = view.phase === 'loading' || view.phase === 'running';
  const primary = busy
    ? { label: 'Stop', action: pause }
    : view.phase === 'paused'
      ? { label: 'Resume', action: resume }
      : { label: view.phase === 'idle' ? 'Train' : 'Train again', action: train };
  return (
    <WidgetFrame
      id="digits-trainer"
      title="Train a digits classifier"
      hint="Press Train and watch the 64-H-10 network learn; then look at its mistakes and draw a digit for it to read."
      onReset={resetAll}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <SettingsForm state={state} update={change} />

      <div className={styles.actions}>
        {/* One button whose job changes, so keyboard focus stays on it from Train to Stop to Resume. */}
        <button type="button" className="widget-button primary" onClick={primary.action}>
          {primary.label}
        </button>
        {(view.phase === 'paused' || busy) && (
          <button type="button" className="widget-button" onClick={train}>
            Start over
          </button>
        )}
        <StatusLine view={view} epochs={state.epochs} stoppedBySettings={stoppedBySettings} />
      </div>

      {view.phase === 'diverged' && view.divergence && (
        <div className="widget-error" role="alert">
          <p>
            <strong>Training diverged</strong> in epoch {view.divergence.epoch}, step {view.divergence.step}: the minibatch loss{' '}
            {Number.isFinite(view.divergence.loss)
              ? `rose to ${view.divergence.loss.toFixed(1)}, more than ${DIVERGED_LOSS} (guessing gives ln 10 ≈ 2.30)`
              : 'became infinite or not a number: the network gave the true class a probability of 0'}
            . With η = {state.lr} the steps overshoot and the weights blow up. Choose a smaller η (the default is 0.2) or reset.
          </p>
          <button type="button" className="widget-button" onClick={resetAll}>
            Reset to the default settings
          </button>
        </div>
      )}
      {view.phase === 'failed' && (
        <div className="widget-error" role="alert">
          <p>{view.error}</p>
          <button type="button" className="widget-button" onClick={train}>
            Try again
          </button>
        </div>
      )}

      {latest && (
        <>
          <dl className={`readout ${styles.readout}`}>
            <dt>epoch</dt>
            <dd data-testid="dt-epoch">
              {latest.epoch} of {state.epochs}
            </dd>
            <dt>test accuracy</dt>
            <dd data-testid="dt-test-acc">{formatAccuracy(latest.test.correct, latest.test.count)}</dd>
            <dt>training accuracy</dt>
            <dd data-testid="dt-train-acc">{formatAccuracy(latest.train.correct, latest.train.count)}</dd>
            <dt>test loss</dt>
            <dd data-testid="dt-test-loss">{latest.test.loss.toFixed(4)}</dd>
            <dt>training loss</dt>
            <dd data-testid="dt-train-loss">{latest.train.loss.toFixed(4)}</dd>
            <dt>η this epoch</dt>
            <dd>{latest.lr.toPrecision(3)}</dd>
          </dl>
          <TrainingCurves history={view.history} />
          <div className={styles.results}>
            <ConfusionMatrix counts={latest.confusion} labels={DIGIT_LABELS} caption={`Test digits: true class (rows) against the network's guess (columns), epoch ${latest.epoch}`} />
            <div>
              <p className={styles.subhead}>
                The {latest.mistakes.length} test digit{latest.mistakes.length === 1 ? '' : 's'} it gets wrong (true → guessed)
              </p>
              <MistakeGallery mistakes={latest.mistakes} />
            </div>
          </div>
        </>
      )}

      <h3 className={styles.subhead}>Draw a digit</h3>
      <DrawDigit network={latest && latest.epoch > 0 ? latest.network : null} />
    </WidgetFrame>
  );
}
