'use client';

import { useId, useMemo, useState } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { decodeStack, encodeStack } from './encoding';
import { IntField } from './IntField';
import { LayerList } from './LayerList';
import { LAYER_NAMES, LIMITS, summarize, type Layer, type LayerType, type Stack } from './model';
import { PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { SummaryTable } from './SummaryTable';
import { schema, URL_PREFIX } from './state';
import styles from './LayerShapes.module.css';

const NEW_LAYER: Record<LayerType, Layer> = {
  conv: { type: 'conv', filters: 16, kernel: 3, stride: 1, padding: 0 },
  pool: { type: 'pool', kernel: 2, stride: 2 },
  flatten: { type: 'flatten' },
  dense: { type: 'dense', units: 10 },
};

export default function LayerShapes() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const [addType, setAddType] = useState<LayerType>('conv');
  const preset = state.preset as PresetName;
  const decoded = useMemo(() => (state.stack.length > 0 ? decodeStack(state.stack) : null), [state.stack]);
  const stack: Stack = decoded?.ok ? decoded.stack : PRESETS[preset].stack;
  const summary = useMemo(() => summarize(stack), [stack]);
  const stackNotice =
    decoded && !decoded.ok ? [`The link’s layer list can’t be read (${decoded.reason}), so the ${PRESETS[preset].label} is shown.`] : [];
  const tooMany = stack.layers.length >= LIMITS.layers;

  const edit = (next: Stack) => update({ stack: encodeStack(next) });
  const setInput = (axis: 0 | 1 | 2, v: number) => {
    const input: Stack['input'] = [...stack.input];
    input[axis] = v;
    edit({ ...stack, input });
  };
  const firstError = summary.rows.findIndex((r) => r.error !== null);

  return (
    <WidgetFrame
      id="layer-shapes"
      title="Layer shapes and parameter counts"
      hint="Pick a preset or build a stack: add, move and remove layers and edit their settings. Each layer's output shape and parameters update as you type."
      onReset={reset}
      link={link}
      notices={[...notices, ...stackNotice]}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Preset{' '}
          <select value={decoded?.ok ? '' : preset} onChange={(e) => e.target.value && update({ preset: e.target.value as PresetName, stack: [] })}>
            {decoded?.ok && <option value="">(edited stack)</option>}
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {PRESETS[p].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={state.macs} onChange={(e) => update({ macs: e.target.checked })} /> Show multiply–adds
        </label>
      </div>

      <div className={styles.layout}>
        <div>
          <fieldset className={styles.inputShape}>
            <legend>Input volume (height × width × channels)</legend>
            <IntField label="height" value={stack.input[0]} max={100_000} onCommit={(v) => setInput(0, v)} ariaLabel="Input height" />
            <IntField label="width" value={stack.input[1]} max={100_000} onCommit={(v) => setInput(1, v)} ariaLabel="Input width" />
            <IntField label="channels" value={stack.input[2]} max={100_000} onCommit={(v) => setInput(2, v)} ariaLabel="Input channels" />
          </fieldset>
          {summary.inputError && (
            <p className="widget-error" role="alert" data-testid="ls-input-error">
              {summary.inputError}
            </p>
          )}
          <LayerList layers={stack.layers} rows={summary.rows} onChange={(layers) => edit({ ...stack, layers })} />
          <div className={styles.addRow}>
            <label>
              New layer{' '}
              <select id={`${ids}-add`} value={addType} onChange={(e) => setAddType(e.target.value as LayerType)}>
                {(Object.keys(NEW_LAYER) as LayerType[]).map((t) => (
                  <option key={t} value={t}>
                    {LAYER_NAMES[t]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="widget-button" disabled={tooMany} onClick={() => edit({ ...stack, layers: [...stack.layers, NEW_LAYER[addType]] })}>
              Add at the end
            </button>
            {tooMany && <span>At most {LIMITS.layers} layers.</span>}
          </div>
        </div>
        <div>
          <SummaryTable stack={stack} summary={summary} macs={state.macs} />
          <p className={styles.verdict} data-testid="ls-verdict" aria-live="polite">
            {summary.inputError
              ? 'The input volume has a problem, so no layer can be computed.'
              : firstError >= 0
                ? `Layer ${firstError + 1} (${LAYER_NAMES[summary.rows[firstError].layer.type]}) cannot be built: ${summary.rows[firstError].error}`
                : `Total: ${summary.totalParams!.toLocaleString('en-US')} parameters${
                    state.macs ? `, ${summary.totalMacs!.toLocaleString('en-US')} multiply–adds per image` : ''
                  }.`}
          </p>
        </div>
      </div>
    </WidgetFrame>
  );
}
