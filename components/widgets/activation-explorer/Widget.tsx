'use client';

import { useId } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { Tex } from '@/components/widgets/shared/Tex';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { ActivationPlot } from './ActivationPlot';
import { ACTIVATION_NAMES, ACTIVATIONS, fmt, probe, SATURATION_THRESHOLD, type ActivationName } from './model';
import { RANGES, schema, URL_PREFIX } from './state';

export default function ActivationExplorer() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const activation = ACTIVATIONS[state.fn as ActivationName];
  const range = Number(state.range);
  const alpha = activation.name === 'elu' ? state.eluAlpha : state.leak;
  const x = Math.min(range, Math.max(-range, state.x));
  const at = probe(activation, x, alpha);
  const saturated = Math.abs(at.slope) < SATURATION_THRESHOLD;

  return (
    <WidgetFrame
      id="activation-explorer"
      title="Activation explorer"
      hint="Pick a function, then drag the point (or focus it and use the arrow keys) to read f(x) and f′(x)."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Function{' '}
          <select value={activation.name} onChange={(e) => update({ fn: e.target.value as ActivationName })}>
            {ACTIVATION_NAMES.map((name) => (
              <option key={name} value={name}>
                {ACTIVATIONS[name].label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>Range of x</legend>
          {RANGES.map((r) => (
            <label key={r}>
              <input
                type="radio"
                name={`${ids}-range`}
                value={r}
                checked={state.range === r}
                onChange={() => update({ range: r, x: Math.min(Number(r), Math.max(-Number(r), state.x)) })}
              />
              ±{r}
            </label>
          ))}
        </fieldset>
        {activation.name === 'leaky-relu' && (
          <label>
            Leak α = {fmt(state.leak)}{' '}
            <input type="range" min={0} max={0.3} step={0.01} value={state.leak} onChange={(e) => update({ leak: Number(e.target.value) })} />
          </label>
        )}
        {activation.name === 'elu' && (
          <label>
            α = {fmt(state.eluAlpha)}{' '}
            <input
              type="range"
              min={0}
              max={3}
              step={0.1}
              value={state.eluAlpha}
              onChange={(e) => update({ eluAlpha: Number(e.target.value) })}
            />
          </label>
        )}
        <label>
          <input type="checkbox" checked={state.deriv} onChange={(e) => update({ deriv: e.target.checked })} /> Derivative
        </label>
        <label>
          <input type="checkbox" checked={state.tangent} onChange={(e) => update({ tangent: e.target.checked })} /> Tangent
        </label>
      </div>

      <div className="activation-layout">
        <div>
          <ActivationPlot
            activation={activation}
            alpha={alpha}
            x={x}
            range={range}
            showDerivative={state.deriv}
            showTangent={state.tangent}
            onMove={(value) => update({ x: value })}
          />
          <ul className="plot-legend">
            <li>
              <span className="swatch swatch-function" aria-hidden="true" /> f(x)
            </li>
            {state.deriv && (
              <li>
                <span className="swatch swatch-derivative" aria-hidden="true" /> f′(x), dashed
              </li>
            )}
            <li>
              <span className="swatch swatch-saturation" aria-hidden="true" /> saturated: |f′(x)| &lt; {SATURATION_THRESHOLD}
            </li>
          </ul>
        </div>

        <div className="activation-readout">
          <Tex tex={activation.tex} display />
          <Tex tex={activation.derivativeTex} display />
          <label className="number-field">
            x ={' '}
            <input
              type="number"
              step={0.1}
              min={-range}
              max={range}
              value={x}
              onChange={(e) => {
                const v = e.target.valueAsNumber;
                if (Number.isFinite(v)) update({ x: Math.min(range, Math.max(-range, v)) });
              }}
            />
          </label>
          <dl className="readout" aria-live="polite">
            <dt>x</dt>
            <dd data-testid="act-x">{fmt(x)}</dd>
            <dt>f(x)</dt>
            <dd data-testid="act-fx">{fmt(at.y)}</dd>
            <dt>f′(x)</dt>
            <dd data-testid="act-dfx">
              {fmt(at.slope)}
              <span className="readout-working">= {activation.derivativeWorking(x, alpha)}</span>
            </dd>
          </dl>
          <p className={saturated ? 'readout-note saturated' : 'readout-note'}>
            {saturated
              ? `Saturated: a gradient passing through this neuron is multiplied by ${fmt(at.slope)}, so learning here is slow or stops.`
              : `Not saturated: a gradient passing through is multiplied by ${fmt(at.slope)}.`}
          </p>
        </div>
      </div>
    </WidgetFrame>
  );
}
