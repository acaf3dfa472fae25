'use client';

import { useId, type KeyboardEvent } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { CheckedNumber } from '@/components/widgets/shared/CheckedNumber';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { formatValue, settingsProblem, windowTable, type SeriesKind, type WindowSettings } from './model';
import { schema, SERIES_KINDS, URL_PREFIX } from './state';
import { SeriesStrip } from './SeriesStrip';
import styles from './SeqWindows.module.css';

const KIND_LABEL: Record<SeriesKind, string> = { count: '0, 1, 2, …', sine: 'sin(ωk)' };

export default function SeqWindows() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const kind = state.series as SeriesKind;
  const settings: WindowSettings = { kind, length: state.length, seqLen: state.seq, batchSize: state.batch, omega: state.omega };
  const problem = settingsProblem(settings);
  const table = windowTable(settings);
  const count = table.pairs.length;
  const pick = Math.min(state.pick, Math.max(0, count - 1));
  const picked = table.pairs[pick];
  const fmt = (v: number) => formatValue(kind, v);
  const select = (i: number) => update({ pick: Math.min(Math.max(0, count - 1), Math.max(0, i)) });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: pick + 1, ArrowDown: pick + 1, ArrowLeft: pick - 1, ArrowUp: pick - 1, Home: 0, End: count - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]);
  }

  const nBatches = table.batches.length;
  const last = table.batches[nBatches - 1]?.length ?? 0;

  return (
    <WidgetFrame
      id="seq-windows"
      title="Sequence windows and batches"
      hint="Change the sequence length and batch size; step through the windows with the buttons or ←/→ and watch which values form each input and its target."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <fieldset className="segmented">
          <legend>Series</legend>
          {SERIES_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name={`${ids}-series`} value={k} checked={kind === k} onChange={() => update({ series: k })} />
              {KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <CheckedNumber label="Values N" name="The number of values" value={state.length} min={2} max={40} integer onChange={(v) => update({ length: v })} testId="sw-length" />
        <CheckedNumber label="Sequence length s" name="The sequence length" value={state.seq} min={1} max={20} integer onChange={(v) => update({ seq: v })} testId="sw-seq" />
        <CheckedNumber label="Batch size B" name="The batch size" value={state.batch} min={1} max={40} integer onChange={(v) => update({ batch: v })} testId="sw-batch" />
        {kind === 'sine' && (
          <CheckedNumber label="ω" name="ω" value={state.omega} min={0.01} max={3.2} step={0.05} onChange={(v) => update({ omega: v })} testId="sw-omega" />
        )}
      </div>

      {problem ? (
        <p className="widget-error" role="alert" data-testid="sw-problem">
          {problem}
        </p>
      ) : (
        <>
          <p className={styles.summary} data-testid="sw-summary" aria-live="polite">
            N − s = {state.length} − {state.seq} = {count} windows; ⌈{count}/{state.batch}⌉ = {nBatches}{' '}
            {nBatches === 1 ? 'batch' : 'batches'}
            {nBatches > 1 && last !== state.batch ? `, the last holding ${last}` : ''}. A full batch has shape ({table.batchShape.join(', ')}):
            (batch, sequence length, features).
          </p>
          <SeriesStrip series={table.series} start={picked.start} seqLen={state.seq} format={fmt} />
          <div className={styles.stepRow}>
            <button type="button" className="widget-button" onClick={() => select(pick - 1)} disabled={pick === 0}>
              ← Previous window
            </button>
            <button type="button" className="widget-button" onClick={() => select(pick + 1)} disabled={pick >= count - 1}>
              Next window →
            </button>
            <span className={styles.current} data-testid="sw-current" aria-live="polite">
              Window {pick + 1} of {count}: ({picked.input.map(fmt).join(', ')}) → {fmt(picked.output)}
            </span>
          </div>
          <div className={`table-scroll ${styles.tableWrap}`} tabIndex={0} role="group" aria-label="Windows by batch; arrow keys move the highlighted window" onKeyDown={onKeyDown}>
            <table className={styles.table} data-testid="sw-table">
              <thead>
                <tr>
                  <th scope="col">Batch</th>
                  <th scope="col">Sample</th>
                  <th scope="col">Input</th>
                  <th scope="col">Output</th>
                </tr>
              </thead>
              <tbody>
                {table.batches.map((batch, b) =>
                  batch.map((pair, j) => {
                    const i = b * state.batch + j;
                    return (
                      <tr key={pair.start} className={`${j === 0 ? styles.batchStart : ''} ${i === pick ? styles.picked : ''}`}>
                        {j === 0 && (
                          <th scope="rowgroup" rowSpan={batch.length} className={styles.batchCell}>
                            Batch {b + 1}
                          </th>
                        )}
                        <td>
                          <button type="button" className={styles.rowButton} aria-pressed={i === pick} onClick={() => select(i)} tabIndex={-1}>
                            {i + 1}
                          </button>
                        </td>
                        <td>{pair.input.map(fmt).join(', ')}</td>
                        <td>{fmt(pair.output)}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </WidgetFrame>
  );
}
