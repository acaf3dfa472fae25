'use client';

import { useId, useMemo, useState } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import type { StateOf } from '@/lib/url-state/schema';
import { Legend } from './Legend';
import {
  classify,
  DATASET_LABELS,
  DATASET_NAMES,
  dataset,
  fmt,
  MAX_EPOCHS,
  OUTPUT_NAMES,
  runRule,
  type Neuron,
  type OutputName,
  type RuleStep,
} from './model';
import { NumberEntry } from './NumberEntry';
import styles from './NeuronPlayground.module.css';
import { describeNeuron, lineEquation, verdict } from './rule-text';
import { RulePanel } from './RulePanel';
import { ETA_RANGE, schema, SEED_RANGE, URL_PREFIX, WEIGHT_LIMIT } from './state';
import { SurfacePlot } from './SurfacePlot';
import { WeightControls } from './WeightControls';

const OUTPUT_LABELS: Record<OutputName, string> = { heaviside: 'Heaviside H', sigmoid: 'Sigmoid σ', tanh: 'tanh' };
const OUTPUT_FORMULA: Record<OutputName, string> = {
  heaviside: 'y = H(z): 1 if z > 0, else 0',
  sigmoid: 'y = σ(z) = 1 / (1 + e^(−z)), from 0 to 1',
  tanh: 'y = tanh(z), from −1 to 1',
};

interface RuleLog {
  presented: number;
  updates: number;
  last: RuleStep | null;
  cappedOut: boolean;
  stopped: string | null;
}
const FRESH: RuleLog = { presented: 0, updates: 0, last: null, cappedOut: false, stopped: null };

type State = StateOf<typeof schema>;

export default function NeuronPlayground() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const [ruleLog, setRuleLog] = useState<RuleLog>(FRESH);
  const points = useMemo(() => dataset(state.data, state.seed), [state.data, state.seed]);
  const count = points.length;
  const next = state.next % count;
  const neuron: Neuron = { w1: state.w1, w2: state.w2, b: state.b };
  const counts = classify(neuron, points);
  const converged = counts.correct === count;
  const outOfRange = state.next >= count ? [`The link’s “next=${state.next}” is past the ${count} points of ${DATASET_LABELS[state.data]}, so point ${next + 1} is next.`] : [];

  /** A change made by hand starts a fresh count for the learning rule. */
  function edit(patch: Partial<State>) {
    setRuleLog(FRESH);
    update(patch);
  }

  function run(presentations: number, untilConverged: boolean) {
    const result = runRule(neuron, points, next, state.eta, presentations, untilConverged);
    const { w1, w2, b } = result.neuron;
    if ([w1, w2, b].some((v) => !Number.isFinite(v) || Math.abs(v) > WEIGHT_LIMIT)) {
      setRuleLog({
        ...ruleLog,
        stopped: `Stopped: this run would push a weight past ±${WEIGHT_LIMIT} (η = ${fmt(state.eta)} is large for these inputs). The weights are left as they were; lower η, or press Reset.`,
      });
      return;
    }
    setRuleLog({
      presented: ruleLog.presented + result.presented,
      updates: ruleLog.updates + result.updates,
      last: result.last ?? ruleLog.last,
      cappedOut: untilConverged && !result.converged,
      stopped: null,
    });
    update({ w1, w2, b, next: result.next });
  }

  const said = verdict(state.data, count, ruleLog.presented, ruleLog.updates, converged, ruleLog.cappedOut);
  const alreadyDone = converged && ruleLog.presented === 0;

  return (
    <WidgetFrame
      id="neuron-playground"
      title="Neuron playground"
      hint="Move w₁, w₂ and b to turn and shift the decision line, or let the perceptron rule find it one point at a time. Then try XOR."
      onReset={() => {
        setRuleLog(FRESH);
        reset();
      }}
      link={link}
      notices={[...notices, ...outOfRange]}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <fieldset className={`segmented ${styles.wrap}`}>
          <legend>Points</legend>
          {DATASET_NAMES.map((name) => (
            <label key={name}>
              <input type="radio" name={`${ids}-data`} checked={state.data === name} onChange={() => edit({ data: name, next: 0 })} />
              {DATASET_LABELS[name]}
            </label>
          ))}
        </fieldset>
        <fieldset className={`segmented ${styles.wrap}`}>
          <legend>Output</legend>
          {OUTPUT_NAMES.map((name) => (
            <label key={name}>
              <input type="radio" name={`${ids}-f`} checked={state.f === name} onChange={() => update({ f: name })} />
              {OUTPUT_LABELS[name]}
            </label>
          ))}
        </fieldset>
      </div>

      <div className={styles.layout}>
        <div>
          <SurfacePlot
            neuron={neuron}
            f={state.f}
            points={points}
            highlight={ruleLog.last ? ruleLog.last.index : null}
            label={`Input plane from −0.5 to 1.5 in x₁ and x₂, shaded by the output ${OUTPUT_FORMULA[state.f]}; decision line ${lineEquation(neuron)}; ${counts.correct} of ${count} points classified right.`}
          />
          <Legend f={state.f} />
        </div>
        <div>
          <WeightControls neuron={neuron} onChange={(patch) => edit(patch)} />
          <div className="widget-controls" style={{ marginTop: '0.75rem' }}>
            <NumberEntry label="η" name="η" value={state.eta} min={ETA_RANGE.min} max={ETA_RANGE.max} step={0.05} testId="np-eta" onChange={(eta) => edit({ eta })} />
            {state.data === 'blobs' && (
              <>
                <NumberEntry label="Seed" name="The seed" value={state.seed} min={SEED_RANGE.min} max={SEED_RANGE.max} step={1} integer testId="np-seed" onChange={(seed) => edit({ seed, next: 0 })} />
                <button type="button" className="widget-button" onClick={() => edit({ seed: state.seed >= SEED_RANGE.max ? 1 : state.seed + 1, next: 0 })}>
                  New blobs
                </button>
              </>
            )}
          </div>
          <dl className="readout" aria-live="polite">
            <dt>Output</dt>
            <dd>{OUTPUT_FORMULA[state.f]}, with z = w₁x₁ + w₂x₂ + b</dd>
            <dt>Line</dt>
            <dd data-testid="np-line">{neuron.w1 === 0 && neuron.w2 === 0 ? `none: with w₁ = w₂ = 0 the output is the same everywhere (z = ${fmt(neuron.b)})` : lineEquation(neuron)}</dd>
            <dt>Weights</dt>
            <dd data-testid="np-weights">{describeNeuron(neuron)}</dd>
            <dt>Accuracy</dt>
            <dd data-testid="np-accuracy">
              {counts.correct} of {count} right ({Math.round((100 * counts.correct) / count)}%)
            </dd>
            <dt>By class</dt>
            <dd data-testid="np-classes">
              class 0 (circles): {counts.byClass[0].correct} of {counts.byClass[0].total}; class 1 (squares): {counts.byClass[1].correct} of{' '}
              {counts.byClass[1].total}
            </dd>
          </dl>
        </div>
      </div>

      <RulePanel
        count={count}
        eta={state.eta}
        next={next}
        last={ruleLog.last}
        verdict={alreadyDone ? { kind: 'converged', text: 'Every point is already classified right: the rule would change nothing.' } : said}
        stopped={ruleLog.stopped}
        onStep={() => run(1, false)}
        onEpochs={(n) => run(n * count, false)}
        onConverge={() => run(MAX_EPOCHS * count, true)}
      />
    </WidgetFrame>
  );
}
