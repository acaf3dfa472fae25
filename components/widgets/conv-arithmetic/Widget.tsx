'use client';

import { useCallback, useEffect, useId, useMemo } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { AxisFields, invalidFields } from './Controls';
import { findExample, inputValues, kernelValues, WORKED_EXAMPLES } from './examples';
import { Exercise } from './Exercise';
import { buildGrid, DRAW_LIMIT } from './grid';
import { GridView } from './GridView';
import { IntField } from './IntField';
import { layerOutput, presetPadding, type AxisParams, type Mode } from './model';
import { Player } from './Player';
import { Result } from './Result';
import { COLUMN_KEYS, schema, URL_PREFIX } from './state';
import styles from './ConvArithmetic.module.css';

export default function ConvArithmetic() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const mode = state.mode as Mode;
  const poolKind = state.pool as 'max' | 'avg';
  const rows: AxisParams = { i: state.i, k: state.k, p: state.p, s: state.s, d: state.d };
  const cols: AxisParams = state.sep ? { i: state.i2, k: state.k2, p: state.p2, s: state.s2, d: state.d2 } : rows;
  const layerInput = { rows, cols, mode, ceilMode: state.ceil, channelsIn: state.c, kernels: state.n };
  const layerKey = JSON.stringify([layerInput, state.sep]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layer = useMemo(() => layerOutput(layerInput, state.sep), [layerKey]);
  const example = findExample(state.ex);

  // A link that sets any column value (arith.i2 …) means separate axes.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (COLUMN_KEYS.some((key) => params.has(`${URL_PREFIX}.${key}`))) update({ sep: true });
  }, [update]);

  const grid = useMemo(() => {
    if (!layer.ok || layer.rows.padded > DRAW_LIMIT || layer.cols.padded > DRAW_LIMIT) return null;
    return buildGrid({
      rows, cols, rowOut: layer.rows, colOut: layer.cols, mode, pool: poolKind, ceilMode: state.ceil,
      input: inputValues(rows.i, cols.i, example), kernel: kernelValues(rows.k, cols.k, example),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layer, poolKind, state.ex]);

  const count = grid?.positions.length ?? 0;
  // t = 0 (the default) shows the finished output with the last window; t = n shows window n.
  const position = count === 0 ? 0 : state.t === 0 ? count - 1 : Math.min(state.t, count) - 1;
  const setPosition = useCallback((index: number) => update({ t: index + 1 }), [update]);

  const setRows = (patch: Partial<AxisParams>) => update({ ...patch, t: 0 });
  const setCols = (patch: Partial<AxisParams>) =>
    update({ ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [`${k}2`, v])), t: 0 });
  const applyPadding = (preset: 'valid' | 'same' | 'full') =>
    update({ p: presetPadding(preset, rows.k, rows.d), ...(state.sep ? { p2: presetPadding(preset, cols.k, cols.d) } : {}), t: 0 });
  const toggleSeparate = (on: boolean) =>
    update(on ? { sep: true, i2: rows.i, k2: rows.k, p2: rows.p, s2: rows.s, d2: rows.d, t: 0 }
      : { sep: false, i2: schema.i2.default, k2: schema.k2.default, p2: schema.p2.default, s2: schema.s2.default, d2: schema.d2.default, t: 0 });
  const loadExample = (id: string) => {
    const ex = findExample(id);
    if (!ex) return update({ ex: 'none' });
    const same = JSON.stringify(ex.rows) === JSON.stringify(ex.cols);
    update({
      ex: ex.id, mode: ex.mode, pool: ex.pool ?? poolKind, ceil: false, t: 0,
      ...ex.rows, sep: !same,
      ...(same ? { i2: 5, k2: 3, p2: 0, s2: 1, d2: 1 } : { i2: ex.cols.i, k2: ex.cols.k, p2: ex.cols.p, s2: ex.cols.s, d2: ex.cols.d }),
    });
  };

  return (
    <WidgetFrame
      id="conv-arithmetic"
      title="Padding, stride and pooling arithmetic"
      hint="Set the input, kernel, padding, stride and dilation; watch the window step over the padded input and the output fill in."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className={styles.topControls}>
        <fieldset className="segmented">
          <legend>Layer</legend>
          {(['conv', 'pool'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name={`${ids}-mode`} checked={mode === m} onChange={() => update({ mode: m, t: 0 })} />
              {m === 'conv' ? 'Convolution' : 'Pooling'}
            </label>
          ))}
        </fieldset>
        {mode === 'pool' && (
          <>
            <fieldset className="segmented">
              <legend>Pool</legend>
              {(['max', 'avg'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name={`${ids}-pool`} checked={poolKind === m} onChange={() => update({ pool: m })} />
                  {m === 'max' ? 'max' : 'average'}
                </label>
              ))}
            </fieldset>
            <label>
              <input type="checkbox" checked={state.ceil} onChange={(e) => update({ ceil: e.target.checked, t: 0 })} /> Ceil mode
            </label>
          </>
        )}
        <label>
          <input type="checkbox" checked={state.sep} onChange={(e) => toggleSeparate(e.target.checked)} /> Separate rows and columns
        </label>
      </div>

      <div className={styles.axes}>
        <AxisFields title={state.sep ? 'Rows' : null} params={rows} onChange={setRows} mode={mode} invalid={invalidFields(layer, 'rows')} testSuffix="" />
        {state.sep && (
          <AxisFields title="Columns" params={cols} onChange={setCols} mode={mode} invalid={invalidFields(layer, 'cols')} testSuffix="2" />
        )}
      </div>

      <div className="widget-controls">
        <span className={styles.groupLabel} id={`${ids}-presets`}>Padding:</span>
        <div role="group" aria-labelledby={`${ids}-presets`} className={styles.buttonRow}>
          <button type="button" className="widget-button" onClick={() => applyPadding('valid')}>Valid (p = 0)</button>
          <button type="button" className="widget-button" onClick={() => applyPadding('same')}>Same (half)</button>
          <button type="button" className="widget-button" onClick={() => applyPadding('full')}>Full</button>
        </div>
        <label>
          Worked example{' '}
          <select value={state.ex} onChange={(e) => loadExample(e.target.value)}>
            <option value="none">(your own numbers)</option>
            {WORKED_EXAMPLES.map((ex) => (
              <option key={ex.id} value={ex.id}>{ex.label}</option>
            ))}
          </select>
        </label>
      </div>

      <div className={styles.layout}>
        <div className={styles.numbers}>
          <Result layer={layer} rows={rows} cols={cols} separate={state.sep} mode={mode} ceilMode={state.ceil} channelsIn={state.c} kernels={state.n} />
          <div className="widget-controls">
            <IntField label="input channels D₁" value={state.c} onChange={(c) => update({ c })} testId="arith-c" />
            {mode === 'conv' && <IntField label="kernels N" value={state.n} onChange={(n) => update({ n })} testId="arith-n" />}
          </div>
        </div>
        <div className={styles.picture}>
          {grid ? (
            <>
              <Player positions={grid.positions} position={position} onPosition={setPosition} />
              <GridView grid={grid} position={position} onPick={setPosition} poolKind={mode === 'pool' ? poolKind : null} />
              <Legend pooling={mode === 'pool' && poolKind === 'max'} />
            </>
          ) : (
            layer.ok && (
              <p className={styles.muted}>
                The grid is drawn for padded inputs up to {DRAW_LIMIT} × {DRAW_LIMIT}; this one is {layer.rows.padded} × {layer.cols.padded}. The
                formula and the counts hold for any size.
              </p>
            )
          )}
        </div>
      </div>

      <div className="widget-controls">
        <label>
          <input type="checkbox" checked={state.quiz} onChange={(e) => update({ quiz: e.target.checked })} /> Exercise mode
        </label>
      </div>
      {state.quiz && (
        <Exercise
          seed={state.q}
          onNext={() => update({ q: state.q >= 999_999 ? 1 : state.q + 1 })}
          onShow={(q) => update({ ...q, sep: false, mode: 'conv', ex: 'none', t: 0 })}
        />
      )}
    </WidgetFrame>
  );
}

function Legend({ pooling }: { pooling: boolean }) {
  return (
    <ul className={styles.legend}>
      <li>
        <span className={`${styles.swatch} ${styles.swatchTap}`} aria-hidden="true" /> cells the window reads (thick outline)
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchPad}`} aria-hidden="true" /> zero padding (dashed){pooling ? ', never the maximum' : ''}
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchUnused}`} aria-hidden="true" /> never read (hatched)
      </li>
    </ul>
  );
}
