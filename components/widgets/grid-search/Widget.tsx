'use client';

import { useEffect, useId, useMemo, useRef } from 'react';
import { Heatmap, type HeatmapCell } from '@/components/plots/Heatmap';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { CellDetail } from './CellDetail';
import { CHANCE_LEVEL, cellLabel, cellName, percent, summarise } from './format';
import { ETAS_BY_RANGE, LAMBDAS, type EtaRange } from './grid';
import styles from './GridSearch.module.css';
import { DEFAULT_GRID, powerOfTen, type GridSettings } from './model';
import { MAX_EPOCHS, MAX_SEED, schema, TABS, URL_PREFIX, type Tab } from './state';
import { useGridSearch } from './use-grid-search';
import { WholeNumberField } from './WholeNumberField';

export default function GridSearch() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const etas = ETAS_BY_RANGE[state.etas as EtaRange];
  const settings: GridSettings = useMemo(() => ({ ...DEFAULT_GRID, epochs: state.epochs, seed: state.seed }), [state.epochs, state.seed]);
  const run = useGridSearch(etas, LAMBDAS, settings);
  const tab = state.tab as Tab;
  const cols = LAMBDAS.length;
  const selected = state.cell >= 0 && state.cell < etas.length * cols ? { row: Math.floor(state.cell / cols), col: state.cell % cols } : null;
  const summary = summarise(run.results, tab);
  // ?gs.run=1 starts training once, as soon as the link is opened.
  const autoStarted = useRef(false);
  const startNow = run.start;
  useEffect(() => {
    if (state.run && !autoStarted.current) {
      autoStarted.current = true;
      startNow();
    }
  }, [state.run, startNow]);
  const busy = run.status === 'running' || run.status === 'loading';
  const total = etas.length * cols;

  const cells: HeatmapCell[][] = run.results.map((row, i) =>
    row.map((result, j) => {
      const label = cellLabel(etas[i], LAMBDAS[j], result, tab);
      if (!result) return { value: null, text: '', label };
      if (result.divergedAt !== null) return { value: null, text: '✕', label, marked: true };
      const acc = tab === 'train' ? result.trainAccuracy : result.testAccuracy;
      return { value: acc, text: (100 * acc).toFixed(1), label };
    }),
  );

  return (
    <WidgetFrame
      id="grid-search"
      title="Grid search over η and λ"
      hint="Train the grid, then click a cell (or move with the arrow keys and press Enter) to see its loss curve."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <button type="button" className="widget-button" onClick={busy ? run.stop : run.start} data-testid="gs-run">
          {busy ? 'Stop' : run.status === 'done' ? 'Train again' : 'Train the grid'}
        </button>
        <fieldset className="segmented">
          <legend>Accuracy on</legend>
          {TABS.map((t) => (
            <label key={t}>
              <input type="radio" name={`${ids}-tab`} value={t} checked={tab === t} onChange={() => update({ tab: t })} />
              {t === 'test' ? 'test set' : 'training set'}
            </label>
          ))}
        </fieldset>
        <label>
          η from{' '}
          <select value={state.etas} onChange={(e) => update({ etas: e.target.value as EtaRange, cell: -1 })}>
            <option value="1e-4..1">10⁻⁴ to 1</option>
            <option value="1e-3..10">10⁻³ to 10</option>
          </select>
        </label>
        <WholeNumberField label="Epochs" value={state.epochs} min={1} max={MAX_EPOCHS} onChange={(epochs) => update({ epochs })} />
        <WholeNumberField label="Seed" value={state.seed} min={1} max={MAX_SEED} onChange={(seed) => update({ seed })} />
      </div>

      <p className={styles.status} role="status" data-testid="gs-status">
        {run.status === 'idle' && `${total} networks (64-${DEFAULT_GRID.hidden}-10, sigmoid, batch ${DEFAULT_GRID.batch}, ${state.epochs} epochs each, seed ${state.seed}) are ready to train.`}
        {run.status === 'loading' && 'Loading the digits…'}
        {run.status === 'running' && `Training: ${run.finished} of ${total} networks done (${run.seconds.toFixed(1)} s).`}
        {run.status === 'done' && `All ${total} networks trained in ${run.seconds.toFixed(1)} s.`}
        {run.status === 'failed' && <span className="widget-error">The grid search stopped: {run.error}</span>}
      </p>
      {busy && <progress className={styles.progress} max={total} value={run.finished} aria-label="Networks trained" />}

      <div className={styles.layout}>
        <div>
          <Heatmap
            cells={cells}
            rowLabels={etas.map(powerOfTen)}
            colLabels={LAMBDAS.map(powerOfTen)}
            rowTitle="η ↓"
            colTitle="λ (L2 strength) →"
            label={`${tab === 'test' ? 'Test' : 'Training'} accuracy (%) for each learning rate η (rows) and L2 strength λ (columns)`}
            domain={[0, 1]}
            format={(v) => `${Math.round(100 * v)}%`}
            legendTitle={`${tab === 'test' ? 'test' : 'training'} accuracy`}
            markedText="✕ diverged (loss NaN or above 23)"
            emptyText="not trained yet"
            selected={selected}
            onSelect={(row, col) => update({ cell: row * cols + col })}
          />
          {summary.trained > 0 && (
            <p className={styles.summary} data-testid="gs-summary" aria-live="polite">
              {summary.best && (
                <>
                  Best {tab} accuracy{busy ? ' so far' : ''}: <strong>{percent(tab === 'test' ? summary.best.testAccuracy : summary.best.trainAccuracy)}</strong> at{' '}
                  {cellName(summary.best.eta, summary.best.lambda)}.{' '}
                </>
              )}
              {summary.atChance} of {summary.trained} networks are at chance level (≤ {percent(CHANCE_LEVEL)}): too small an η or too large a λ.{' '}
              {summary.diverged > 0 ? `${summary.diverged} diverged (✕).` : 'None diverged.'}
            </p>
          )}
        </div>
        {selected ? (
          <CellDetail eta={etas[selected.row]} lambda={LAMBDAS[selected.col]} result={run.results[selected.row]?.[selected.col] ?? null} epochs={state.epochs} />
        ) : (
          <p className={styles.detail}>Select a cell to see that network’s loss curve.</p>
        )}
      </div>
    </WidgetFrame>
  );
}
