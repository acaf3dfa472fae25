'use client';

import { useEffect, useId, useMemo, useRef } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { WholeNumberField } from '@/components/widgets/grid-search/WholeNumberField';
import { useUrlState } from '@/lib/url-state/use-url-state';
import styles from './MinibatchNoise.module.css';
import { DEFAULT_NOISE, type NoiseSettings } from './model';
import { Marker, NoisePlot } from './NoisePlot';
import { RunTable } from './RunTable';
import { SERIES } from './series';
import { ETA_OPTIONS, MAX_EPOCHS, MAX_SEED, schema, URL_PREFIX, X_AXES, type XAxis } from './state';
import { useNoiseRuns } from './use-noise-runs';

export default function MinibatchNoise() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const settings: NoiseSettings = useMemo(() => ({ ...DEFAULT_NOISE, eta: Number(state.eta), epochs: state.epochs, seed: state.seed }), [state.eta, state.epochs, state.seed]);
  const runs = useNoiseRuns(settings);
  // ?mb.run=1 starts training once, as soon as the link is opened.
  const autoStarted = useRef(false);
  const startNow = runs.start;
  useEffect(() => {
    if (state.run && !autoStarted.current) {
      autoStarted.current = true;
      startNow();
    }
  }, [state.run, startNow]);
  const busy = runs.status === 'running' || runs.status === 'loading';
  const divergedNames = SERIES.filter((_, i) => runs.diverged[i]).map((s) => s.name);
  // A finished run whose loss is still above ln 10 ≈ 2.30 does worse than guessing the ten classes evenly.
  const stuckNames =
    runs.status === 'done' ? SERIES.filter((_, i) => !runs.diverged[i] && (runs.points[i].at(-1)?.loss ?? 0) > Math.LN10).map((s) => s.name) : [];

  return (
    <WidgetFrame
      id="minibatch-noise"
      title="Minibatch noise: batch sizes 1, 32 and 1437"
      hint="Press Train, then switch the x axis between epochs and seconds."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <button type="button" className="widget-button" onClick={busy ? runs.stop : runs.start} data-testid="mb-run">
          {busy ? 'Stop' : runs.status === 'done' ? 'Train again' : 'Train'}
        </button>
        <label>
          η{' '}
          <select value={state.eta} onChange={(e) => update({ eta: e.target.value as (typeof ETA_OPTIONS)[number] })}>
            {ETA_OPTIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <WholeNumberField label="Epochs" value={state.epochs} min={1} max={MAX_EPOCHS} onChange={(epochs) => update({ epochs })} />
        <WholeNumberField label="Seed" value={state.seed} min={1} max={MAX_SEED} onChange={(seed) => update({ seed })} />
        <fieldset className="segmented">
          <legend>x axis</legend>
          {X_AXES.map((x) => (
            <label key={x}>
              <input type="radio" name={`${ids}-x`} value={x} checked={state.x === x} onChange={() => update({ x: x as XAxis })} />
              {x === 'epoch' ? 'epochs' : 'seconds'}
            </label>
          ))}
        </fieldset>
      </div>

      <p className={styles.status} role="status" data-testid="mb-status">
        {runs.status === 'idle' && `Three 64-${DEFAULT_NOISE.hidden}-10 networks with the same initial weights (seed ${state.seed}), η = ${state.eta}, ${state.epochs} epochs each, are ready to train.`}
        {runs.status === 'loading' && 'Loading the digits…'}
        {runs.status === 'running' && 'Training the three networks in turn…'}
        {runs.status === 'done' && 'Done. Each curve shows the loss on all 1437 training images, 8 times per epoch (once for the full batch).'}
        {runs.status === 'failed' && <span className="widget-error">Training stopped: {runs.error}</span>}
      </p>
      {divergedNames.length > 0 && (
        <div className={styles.diverged} role="alert" data-testid="mb-diverged">
          <p>
            {divergedNames.join(' and ')} diverged at η = {state.eta}: the loss became NaN or exceeded 23, so that run stopped.
            Single-example steps are the noisiest, and at this learning rate one of them throws the weights too far.
          </p>
          <button type="button" className="widget-button" onClick={reset}>
            Reset to η = 1
          </button>
        </div>
      )}

      {stuckNames.length > 0 && (
        <p className={styles.note} data-testid="mb-stuck">
          {stuckNames.join(' and ')} ended with a loss above ln 10 ≈ 2.30, worse than guessing evenly:{' '}
          {stuckNames.includes('batch 1') ? 'at this η single-example steps are too large.' : 'too few updates at this η.'}
        </p>
      )}
      <ul className={styles.legend} aria-label="Curves">
        {SERIES.map((s) => (
          <li key={s.className} className={styles[s.className]}>
            <svg width="40" height="14" aria-hidden="true">
              <line x1="2" x2="38" y1="7" y2="7" className={styles.curve} strokeDasharray={s.dash} />
              <Marker kind={s.marker} cx={20} cy={7} r={4} className={styles.marker} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <NoisePlot points={runs.points} x={state.x as XAxis} epochs={state.epochs} />
      <RunTable points={runs.points} diverged={runs.diverged} />
    </WidgetFrame>
  );
}
