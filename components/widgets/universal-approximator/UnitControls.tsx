'use client';

import { BoundedNumber } from './BoundedNumber';
import { centre, fmt, type Approximation, type Unit } from './model';
import styles from './UniversalApproximator.module.css';

interface Props {
  approximation: Approximation;
  /** 0-based index of the unit shown. */
  selected: number;
  isStaircase: boolean;
  onSelect: (k: number) => void;
  onUnit: (k: number, unit: Unit) => void;
  onBias: (c4: number) => void;
  onStaircase: () => void;
}

/** The unit as text (cheaper than typesetting it at every slider move): 0.5 σ(500x − 50). */
const num = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));

/** Sliders and number boxes for one unit's c₁, c₂, c₃, and for the shared output bias c₄. */
export function UnitControls({ approximation, selected, isStaircase, onSelect, onUnit, onBias, onStaircase }: Props) {
  const unit = approximation.units[selected];
  if (!unit) return null;
  const set = (patch: Partial<Unit>) => onUnit(selected, { ...unit, ...patch });
  const c = centre(unit);
  const slider = (key: keyof Unit, label: string, min: number, max: number, step: number) => (
    <div className={styles.sliderRow}>
      <label>
        <span className={styles.sliderLabel}>
          {label} = {fmt(unit[key])}
        </span>
        <input type="range" min={min} max={max} step={step} value={Math.min(max, Math.max(min, unit[key]))} onChange={(e) => set({ [key]: Number(e.target.value) })} />
      </label>
      <BoundedNumber label={<span className="visually-hidden">{label}, exact value</span>} name={label} value={unit[key]} min={-10000} max={10000} step={step} onChange={(v) => set({ [key]: v })} />
    </div>
  );

  return (
    <div className={styles.unitControls}>
      <div className={styles.unitHeader}>
        <label>
          Unit{' '}
          <select value={selected} onChange={(e) => onSelect(Number(e.target.value))}>
            {approximation.units.map((u, k) => {
              const ck = centre(u);
              return (
                <option key={k} value={k}>
                  {`${k + 1} of ${approximation.units.length}${ck === null ? '' : `, centre ${fmt(ck, 3)}`}`}
                </option>
              );
            })}
          </select>
        </label>
        <button type="button" className="widget-button" onClick={onStaircase} aria-pressed={isStaircase}>
          Chapter’s staircase
        </button>
      </div>
      <p className={styles.unitFormula}>
        <span className={styles.unitTerm} data-testid="ua-unit-term">
          {num(unit.c1)} σ({fmt(unit.c2)}<i>x</i> {unit.c3 < 0 ? '−' : '+'} {fmt(Math.abs(unit.c3))})
        </span>{' '}
        <span className={styles.muted}>
          {c === null ? 'c₂ = 0: a flat unit with no step' : `steps by ${fmt(unit.c1)} at x = −c₃/c₂ = ${fmt(c)}, slope ${fmt((unit.c1 * unit.c2) / 4)} there`}
        </span>
      </p>
      {slider('c1', 'c₁ (height)', -3, 3, 0.01)}
      {slider('c2', 'c₂ (steepness)', -3000, 3000, 1)}
      {slider('c3', 'c₃ (hidden bias)', -3000, 3000, 0.5)}
      <div className={styles.sliderRow}>
        <label>
          <span className={styles.sliderLabel}>c₄ (output bias, shared) = {fmt(approximation.c4)}</span>
          <input type="range" min={-2} max={2} step={0.01} value={Math.min(2, Math.max(-2, approximation.c4))} onChange={(e) => onBias(Number(e.target.value))} />
        </label>
        <BoundedNumber label={<span className="visually-hidden">c₄, exact value</span>} name="c₄" value={approximation.c4} min={-10000} max={10000} onChange={onBias} />
      </div>
    </div>
  );
}
