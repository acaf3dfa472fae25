'use client';

import { useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { NumberEntry } from '@/components/widgets/neuron-playground/NumberEntry';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { entryName, LayerView, type EditTarget } from './LayerView';
import { ACTIVATION_LABELS, ACTIVATION_NAMES, DEFAULT_PARAMS, forward, randomParams, type ActivationName, type Params } from './model';
import styles from './MatrixForward.module.css';
import { schema, SEED_MAX, URL_PREFIX, VALUE_LIMIT, type Selection } from './state';

const round = (v: number) => Number(v.toPrecision(12));

export default function MatrixForward() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const editor = useRef<HTMLDivElement>(null);
  const params: Params = { x: state.x, w1: state.w1, b1: state.b1, w2: state.w2, b2: state.b2 };
  const f = state.act as ActivationName;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const [first, second] = useMemo(() => forward(params, f), [state.x, state.w1, state.b1, state.w2, state.b2, f]);
  const [selLayer, selRow] = state.sel.split('-').map((s) => Number(s) - 1);

  function setEntry(t: EditTarget, value: number) {
    const next = [...state[t.param]];
    next[t.index] = Math.min(VALUE_LIMIT, Math.max(-VALUE_LIMIT, round(value)));
    update({ [t.param]: next });
  }

  function edit(t: EditTarget, focusEditor: boolean) {
    setEditing(t);
    if (focusEditor) requestAnimationFrame(() => editor.current?.querySelector('input')?.focus());
  }

  function applySeed(seed: number) {
    update({ seed, ...(seed === 0 ? DEFAULT_PARAMS : randomParams(seed)) });
  }

  const layerProps = { f, editing, onEdit: edit, onNudge: (t: EditTarget, d: number) => setEntry(t, state[t.param][t.index] + d) };

  return (
    <WidgetFrame
      id="matrix-forward"
      title="Forward pass in matrix form"
      hint="Hover over or focus an entry of z to see its row of W times the input column, number by number. Focus any entry of x, W or b to edit it."
      onReset={() => {
        setEditing(null);
        reset();
      }}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Activation f{' '}
          <select value={f} onChange={(e) => update({ act: e.target.value as ActivationName })}>
            {ACTIVATION_NAMES.map((name) => (
              <option key={name} value={name}>
                {ACTIVATION_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="widget-button" onClick={() => applySeed(state.seed >= SEED_MAX ? 1 : state.seed + 1)}>
          Randomise
        </button>
        <NumberEntry label="Seed" name="The seed" value={state.seed} min={0} max={SEED_MAX} step={1} integer testId="mf-seed" onChange={applySeed} />
        <span className={styles.seedNote}>{state.seed === 0 ? 'seed 0: the chapter’s worked example' : `parameters drawn from seed ${state.seed}, or edited`}</span>
      </div>

      <div className={styles.layers}>
        <LayerView l={1} result={first} row={selLayer === 0 ? selRow : null} onSelectRow={(i) => update({ sel: `1-${i + 1}` as Selection })} {...layerProps} />
        <LayerView l={2} result={second} row={selLayer === 1 ? selRow : null} onSelectRow={(i) => update({ sel: `2-${i + 1}` as Selection })} {...layerProps} />
      </div>

      <div ref={editor} className={styles.editor}>
        {editing ? (
          <>
            <NumberEntry
              label={`Edit ${entryName(editing)}`}
              name={entryName(editing)}
              value={state[editing.param][editing.index]}
              min={-VALUE_LIMIT}
              max={VALUE_LIMIT}
              step={0.1}
              testId="mf-editor"
              onChange={(v) => setEntry(editing, v)}
            />
            <button type="button" className="widget-button" onClick={() => setEditing(null)}>
              Done
            </button>
          </>
        ) : (
          <p className={styles.seedNote}>Select an entry of x, W or b (click it, or Tab to it and press Enter) to type a new value; arrow up and down change a focused entry by 0.1.</p>
        )}
      </div>
      <p className={styles.legend}>
        <span className={`${styles.cell} ${styles.positive}`}>+</span> positive, <span className={`${styles.cell} ${styles.negative}`}>−</span> negative;
        solid outline: the selected neuron’s weights and bias; dashed: the input column it multiplies.
      </p>
    </WidgetFrame>
  );
}
