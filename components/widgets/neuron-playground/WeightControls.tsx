'use client';

import { NumberEntry } from './NumberEntry';
import type { Neuron } from './model';
import styles from './NeuronPlayground.module.css';
import { WEIGHT_LIMIT } from './state';

const SLIDER = { min: -4, max: 4, step: 0.05 } as const;

const PARAMS: { key: keyof Neuron; name: string; label: string }[] = [
  { key: 'w1', name: 'w₁', label: 'Weight w₁' },
  { key: 'w2', name: 'w₂', label: 'Weight w₂' },
  { key: 'b', name: 'b', label: 'Bias b' },
];

/** A slider (−4…4) and an exact number box (−100…100) for each of w₁, w₂ and b. */
export function WeightControls({ neuron, onChange }: { neuron: Neuron; onChange: (patch: Partial<Neuron>) => void }) {
  return (
    <div className={styles.sliders}>
      {PARAMS.map(({ key, name, label }) => (
        <div key={key} className={styles.slider}>
          <input
            type="range"
            aria-label={`${label} (slider)`}
            min={SLIDER.min}
            max={SLIDER.max}
            step={SLIDER.step}
            value={Math.min(SLIDER.max, Math.max(SLIDER.min, neuron[key]))}
            onChange={(e) => onChange({ [key]: Number(e.target.value) })}
          />
          <NumberEntry
            label={name}
            name={name}
            value={neuron[key]}
            min={-WEIGHT_LIMIT}
            max={WEIGHT_LIMIT}
            step={0.1}
            testId={`np-${key}`}
            onChange={(v) => onChange({ [key]: v })}
          />
        </div>
      ))}
    </div>
  );
}
