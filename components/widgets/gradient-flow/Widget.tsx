'use client';

import { useId, useMemo } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { ActivationHistograms } from './ActivationHistograms';
import { GradientBars } from './GradientBars';
import { LayerTable } from './LayerTable';
import { meanField } from './mean-field';
import { ACTIVATION_NAMES, ACTIVATIONS, INIT_NAMES, INITS, type ActivationName, type InitName } from './model';
import { SeedField } from './SeedField';
import { GRADIENT_VIEWS, schema, URL_PREFIX, type GradientView } from './state';
import { Summary } from './Summary';
import { useGradientFlow } from './use-gradient-flow';
import styles from './GradientFlow.module.css';

const VIEW_LABELS: Record<GradientView, string> = { errors: 'RMS δˡ', weights: '‖∂C/∂Wˡ‖' };

export default function GradientFlow() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const activation = state.act as ActivationName;
  const init = state.init as InitName;
  const { result, pending, error } = useGradientFlow({ activation, init, seed: state.seed });
  // Predictions for the result on screen (which may still be the previous settings').
  const shownActivation = result?.activation ?? activation;
  const shownInit = result?.init ?? init;
  const prediction = useMemo(() => meanField(shownActivation, shownInit), [shownActivation, shownInit]);

  return (
    <WidgetFrame
      id="gradient-flow"
      title="Gradient flow through ten layers"
      hint="Pick an activation and a weight initialization. One forward pass fills the histograms; one backward pass gives the bars."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Activation{' '}
          <select value={activation} onChange={(e) => update({ act: e.target.value as ActivationName })}>
            {ACTIVATION_NAMES.map((name) => (
              <option key={name} value={name}>
                {ACTIVATIONS[name].label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend>Weights</legend>
          {INIT_NAMES.map((name) => (
            <label key={name}>
              <input type="radio" name={`${ids}-init`} value={name} checked={init === name} onChange={() => update({ init: name })} />
              {INITS[name].label}
            </label>
          ))}
        </fieldset>
        <SeedField seed={state.seed} onChange={(seed) => update({ seed })} />
      </div>

      <p className={styles.status} role="status">
        {pending ? 'Computing the forward and backward pass…' : error ? `The run failed: ${error}` : ''}
      </p>

      {result && (
        <div className={pending ? styles.pending : undefined} data-testid="gf-result" data-settings={`${result.activation}|${result.init}|${result.seed}`}>
          <Summary result={result} prediction={prediction} />
          <div className={styles.layout}>
            <section aria-labelledby={`${ids}-hist`}>
              <p className={styles.panelTitle} id={`${ids}-hist`}>
                Activations aˡ of each layer (64 inputs × 64 units)
              </p>
              <ActivationHistograms result={result} />
              <ul className={styles.legend}>
                <li>
                  <span className={styles.swatchBar} aria-hidden="true" /> share of units per bin
                </li>
                {ACTIVATIONS[result.activation].flatOutputs.length > 0 && (
                  <li>
                    <span className={styles.swatchHatch} aria-hidden="true" /> hatched: outputs of flat units
                  </li>
                )}
              </ul>
            </section>
            <section aria-labelledby={`${ids}-bars`}>
              <p className={styles.panelTitle} id={`${ids}-bars`}>
                Gradients after one backward pass
              </p>
              <div className="widget-controls">
                <fieldset className="segmented">
                  <legend>Show</legend>
                  {GRADIENT_VIEWS.map((v) => (
                    <label key={v}>
                      <input type="radio" name={`${ids}-view`} value={v} checked={state.grad === v} onChange={() => update({ grad: v })} />
                      {VIEW_LABELS[v]}
                    </label>
                  ))}
                </fieldset>
                <label>
                  <input type="checkbox" checked={state.log} onChange={(e) => update({ log: e.target.checked })} /> Log scale
                </label>
              </div>
              <GradientBars result={result} view={state.grad as GradientView} log={state.log} prediction={prediction} />
              <ul className={styles.legend}>
                <li>
                  <span className={styles.swatchBar} aria-hidden="true" /> this network
                </li>
                {state.grad === 'errors' && (
                  <>
                    <li>
                      <span className={styles.swatchTop} aria-hidden="true" /> “in”: error fed in at the top, ∂C/∂a¹⁰
                    </li>
                    <li>
                      <span className={styles.diamond} aria-hidden="true" /> wide-layer prediction
                    </li>
                  </>
                )}
              </ul>
            </section>
          </div>
          <LayerTable result={result} prediction={prediction} />
        </div>
      )}
    </WidgetFrame>
  );
}
