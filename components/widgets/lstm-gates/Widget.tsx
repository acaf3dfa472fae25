'use client';

import { useMemo, type KeyboardEvent } from 'react';
import { LinePlot } from '@/components/plots/LinePlot';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { CheckedNumber } from '@/components/widgets/shared/CheckedNumber';
import { Tex } from '@/components/widgets/shared/Tex';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { fmt4, GATES, runLstm, stepTex, weightsForSeed } from './model';
import { SequenceField } from './SequenceField';
import { StepTable } from './StepTable';
import { MAX_STEPS, schema, URL_PREFIX } from './state';
import styles from './LstmGates.module.css';

const GATE_LABEL = { forget: 'forget f', input: 'input i', candidate: 'candidate C̃', output: 'output o' } as const;

export default function LstmGates() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const weights = weightsForSeed(state.seed);
  const steps = useMemo(() => runLstm(state.xs, state.h0, state.c0, weightsForSeed(state.seed)), [state.xs, state.h0, state.c0, state.seed]);
  const T = steps.length;
  const t = Math.min(state.t, T);
  const step = steps[t - 1];
  const tex = stepTex(step, weights);
  const go = (next: number) => update({ t: Math.min(T, Math.max(1, next)) });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: t + 1, ArrowLeft: t - 1, Home: 1, End: T };
    if (!(event.key in moves) || event.target !== event.currentTarget) return;
    event.preventDefault();
    go(moves[event.key]);
  }

  const history = [{ c: state.c0, h: state.h0 }, ...steps.slice(0, t)];

  return (
    <WidgetFrame
      id="lstm-gates"
      title="LSTM gates, step by step"
      hint="Step forward and back through the sequence (buttons, or ←/→ on the stepper); every gate is computed with the numbers shown. Edit the inputs or draw new weights."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <SequenceField value={state.xs} maxLength={MAX_STEPS} min={-5} max={5} onChange={(xs) => update({ xs, t: Math.min(state.t, xs.length) })} />
        <CheckedNumber label="h₀ =" name="h₀" value={state.h0} min={-1} max={1} step={0.1} onChange={(v) => update({ h0: v })} testId="lg-h0" />
        <CheckedNumber label="C₀ =" name="C₀" value={state.c0} min={-10} max={10} step={0.1} onChange={(v) => update({ c0: v })} testId="lg-c0" />
      </div>

      <div className={styles.stepper} tabIndex={0} role="group" aria-label={`Time step ${t} of ${T}; arrow keys step`} onKeyDown={onKeyDown}>
        <button type="button" className="widget-button" onClick={() => go(t - 1)} disabled={t <= 1}>
          ← Back
        </button>
        <button type="button" className="widget-button" onClick={() => go(t + 1)} disabled={t >= T}>
          Forward →
        </button>
        <span className={styles.stepLabel} data-testid="lg-step" aria-live="polite">
          Step t = {t} of {T}: x<sub>{t}</sub> = {step.x}, from h = {fmt4(step.hPrev)}, C = {fmt4(step.cPrev)}
        </span>
      </div>

      <div className={styles.layout}>
        <div className={`table-scroll ${styles.equations}`} data-testid="lg-equations" tabIndex={0} role="region" aria-label={`The six equations of step ${t} with its numbers`}>
          <Tex tex={tex.f} display />
          <Tex tex={tex.i} display />
          <Tex tex={tex.g} display />
          <Tex tex={tex.c} display />
          <Tex tex={tex.o} display />
          <Tex tex={tex.h} display />
          <dl className={`readout ${styles.gateReadout}`}>
            <dt>f_t</dt>
            <dd data-testid="lg-f">{fmt4(step.f)}</dd>
            <dt>i_t</dt>
            <dd data-testid="lg-i">{fmt4(step.i)}</dd>
            <dt>C̃_t</dt>
            <dd data-testid="lg-g">{fmt4(step.g)}</dd>
            <dt>C_t</dt>
            <dd data-testid="lg-c">{fmt4(step.c)}</dd>
            <dt>o_t</dt>
            <dd data-testid="lg-o">{fmt4(step.o)}</dd>
            <dt>h_t</dt>
            <dd data-testid="lg-h">{fmt4(step.h)}</dd>
          </dl>
        </div>
        <div>
          <LinePlot
            label={`Cell state C and hidden state h over steps 0 to ${t}`}
            xLabel="t"
            height={200}
            series={[
              { label: 'C', y: history.map((s) => s.c), className: 'curve-function' },
              { label: 'h', y: history.map((s) => s.h), className: 'curve-derivative' },
            ]}
          />
          <ul className="plot-legend">
            <li>
              <span className="swatch swatch-function" aria-hidden="true" /> cell state C_t
            </li>
            <li>
              <span className="swatch swatch-derivative" aria-hidden="true" /> hidden state h_t, dashed
            </li>
          </ul>
          <div className={styles.weights}>
            <table className={styles.table}>
              <caption>
                Weights {state.seed === 0 ? '(the chapter’s worked example)' : `(drawn with seed ${state.seed})`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">gate</th>
                  <th scope="col">on h</th>
                  <th scope="col">on x</th>
                  <th scope="col">bias</th>
                </tr>
              </thead>
              <tbody>
                {GATES.map((g) => (
                  <tr key={g}>
                    <th scope="row">{GATE_LABEL[g]}</th>
                    <td>{weights[g].wh}</td>
                    <td>{weights[g].wx}</td>
                    <td>{weights[g].b}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className={styles.weightButtons}>
              <button type="button" className="widget-button" onClick={() => update({ seed: (state.seed % 999999) + 1 })}>
                New random weights
              </button>
              <button type="button" className="widget-button" onClick={() => update({ seed: 0 })} disabled={state.seed === 0}>
                Chapter’s weights
              </button>
              <CheckedNumber label="seed" name="The seed" value={state.seed} min={0} max={999999} integer onChange={(v) => update({ seed: v })} testId="lg-seed" />
            </div>
          </div>
        </div>
      </div>
      <StepTable steps={steps} current={t} onPick={go} />
    </WidgetFrame>
  );
}
