'use client';

import { useId } from 'react';
import { CheckedNumber } from '@/components/widgets/shared/CheckedNumber';
import type { StateOf } from '@/lib/url-state/schema';
import type { schema } from './state';
import styles from './OdeTrial.module.css';

type State = StateOf<typeof schema>;

interface Props {
  state: State;
  update: (patch: Partial<State>) => void;
}

const sig3 = (v: number) => Number(v.toPrecision(3));

/** The sliders and choices of the ODE widget. Every change goes back to the untrained network. */
export function Controls({ state, update }: Props) {
  const ids = useId();
  return (
    <>
      <div className={styles.sliders}>
        <label>
          <span>
            γ = <strong data-testid="ode-gamma">{state.gamma}</strong>
          </span>
          <input type="range" min={0.1} max={10} step={0.1} value={state.gamma} onChange={(e) => update({ gamma: Number(e.target.value) })} />
        </label>
        <label>
          <span>
            g₀ = <strong>{state.g0}</strong>
          </span>
          <input type="range" min={-50} max={50} step={1} value={state.g0} onChange={(e) => update({ g0: Number(e.target.value) })} />
        </label>
        <label>
          <span>
            Collocation points N = <strong>{state.points}</strong>
          </span>
          <input type="range" min={2} max={50} step={1} value={state.points} onChange={(e) => update({ points: Number(e.target.value) })} />
        </label>
        <label>
          <span>
            Hidden units per layer = <strong>{state.hidden}</strong>
          </span>
          <input type="range" min={1} max={40} step={1} value={state.hidden} onChange={(e) => update({ hidden: Number(e.target.value) })} />
        </label>
        <label>
          <span>
            Learning rate η = <strong data-testid="ode-lr">{state.lr}</strong>
          </span>
          <input
            type="range"
            min={-5}
            max={1}
            step={0.25}
            value={Math.log10(state.lr)}
            aria-valuetext={`η = ${state.lr}`}
            onChange={(e) => update({ lr: sig3(10 ** Number(e.target.value)) })}
          />
        </label>
      </div>
      <div className="widget-controls">
        <fieldset className="segmented">
          <legend>Hidden layers</legend>
          {(['1', '2'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={`${ids}-layers`} checked={state.layers === v} onChange={() => update({ layers: v })} />
              {v}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>Update</legend>
          <label>
            <input type="radio" name={`${ids}-opt`} checked={state.opt === 'adam'} onChange={() => update({ opt: 'adam' })} />
            Adam
          </label>
          <label>
            <input type="radio" name={`${ids}-opt`} checked={state.opt === 'gd'} onChange={() => update({ opt: 'gd' })} />
            gradient descent
          </label>
        </fieldset>
        <CheckedNumber label="η =" name="The learning rate η" value={state.lr} min={1e-5} max={10} step={0.001} onChange={(v) => update({ lr: v })} testId="ode-lr-input" />
        <CheckedNumber label="Iterations" name="The number of iterations" value={state.iters} min={100} max={100000} step={1000} integer onChange={(v) => update({ iters: v })} testId="ode-iters" />
        <CheckedNumber label="Seed" name="The seed" value={state.seed} min={0} max={999999} integer onChange={(v) => update({ seed: v })} testId="ode-seed" />
      </div>
    </>
  );
}
