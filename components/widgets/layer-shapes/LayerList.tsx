'use client';

import { useEffect, useRef, useState } from 'react';
import { IntField } from './IntField';
import { formatShape, LAYER_NAMES, type Layer, type Row } from './model';
import styles from './LayerShapes.module.css';

interface Props {
  layers: Layer[];
  rows: Row[];
  onChange: (layers: Layer[]) => void;
}

const MAX = 100_000;

/** The stack as an editable list: each layer's settings, its output, and move/remove buttons. */
export function LayerList({ layers, rows, onChange }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);

  useEffect(() => {
    if (!focusAfter) return;
    const target = list.current?.querySelector<HTMLButtonElement>(`[data-action="${focusAfter}"]:not(:disabled)`)
      ?? list.current?.querySelector<HTMLButtonElement>(`[data-action^="${focusAfter.split('-')[0]}-"]:not(:disabled)`);
    target?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const set = (i: number, layer: Layer) => onChange(layers.map((l, j) => (j === i ? layer : l)));
  function move(i: number, by: -1 | 1) {
    const next = [...layers];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
    setFocusAfter(`${i + by}-${by < 0 ? 'up' : 'down'}`);
  }
  function remove(i: number) {
    onChange(layers.filter((_, j) => j !== i));
    setFocusAfter(`${Math.min(i, layers.length - 2)}-remove`);
  }

  return (
    <ol className={styles.layers} ref={list}>
      {layers.map((layer, i) => {
        const row = rows[i];
        const n = i + 1;
        return (
          <li key={i} className={row.error ? `${styles.layer} ${styles.invalid}` : styles.layer} data-testid={`ls-layer-${n}`}>
            <div className={styles.layerHead}>
              <span className={styles.layerName}>
                {n}. {LAYER_NAMES[layer.type]}
              </span>
              <span className={styles.layerButtons}>
                <button type="button" className="widget-button" data-action={`${i}-up`} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move layer ${n} up`}>
                  ↑
                </button>
                <button type="button" className="widget-button" data-action={`${i}-down`} disabled={i === layers.length - 1} onClick={() => move(i, 1)} aria-label={`Move layer ${n} down`}>
                  ↓
                </button>
                <button type="button" className="widget-button" data-action={`${i}-remove`} onClick={() => remove(i)} aria-label={`Remove layer ${n}`}>
                  ✕
                </button>
              </span>
            </div>
            <div className={styles.fields}>
              {layer.type === 'conv' && (
                <>
                  <IntField label="filters" ariaLabel={`Layer ${n} filters`} value={layer.filters} max={MAX} onCommit={(v) => set(i, { ...layer, filters: v })} />
                  <IntField label="kernel" ariaLabel={`Layer ${n} kernel size`} value={layer.kernel} max={MAX} onCommit={(v) => set(i, { ...layer, kernel: v })} />
                  <IntField label="stride" ariaLabel={`Layer ${n} stride`} value={layer.stride} max={MAX} onCommit={(v) => set(i, { ...layer, stride: v })} />
                  <IntField label="padding" ariaLabel={`Layer ${n} padding`} value={layer.padding} max={MAX} onCommit={(v) => set(i, { ...layer, padding: v })} />
                </>
              )}
              {layer.type === 'pool' && (
                <>
                  <IntField label="size" ariaLabel={`Layer ${n} pool size`} value={layer.kernel} max={MAX} onCommit={(v) => set(i, { ...layer, kernel: v })} />
                  <IntField label="stride" ariaLabel={`Layer ${n} stride`} value={layer.stride} max={MAX} onCommit={(v) => set(i, { ...layer, stride: v })} />
                </>
              )}
              {layer.type === 'dense' && (
                <IntField label="units" ariaLabel={`Layer ${n} units`} value={layer.units} max={MAX} onCommit={(v) => set(i, { ...layer, units: v })} />
              )}
            </div>
            <div className={styles.layerOut}>
              {row.error ? (
                <span className="widget-error" role="alert" data-testid={`ls-error-${n}`}>
                  {row.error}
                </span>
              ) : row.shape ? (
                <>
                  → <span data-testid={`ls-shape-${n}`}>{formatShape(row.shape)}</span>, {row.params.toLocaleString('en-US')} parameters
                </>
              ) : (
                <span className={styles.muted}>no output: a layer above has a problem</span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
