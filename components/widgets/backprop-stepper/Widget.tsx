'use client';

import { useMemo, useState, type KeyboardEvent } from 'react';
import { LinePlot } from '@/components/plots/LinePlot';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { forward, train, type ActivationName } from './network';
import { NetworkDiagram } from './NetworkDiagram';
import { ParamEditor } from './ParamEditor';
import { networkFrom, pack, parameterCount, PRESET_NAMES, PRESETS, type PresetName } from './presets';
import { RunningTable } from './RunningTable';
import { schema, URL_PREFIX } from './state';
import { StepPanel } from './StepPanel';
import { buildSteps } from './steps';

export default function BackpropStepper() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const [costs, setCosts] = useState<number[]>([]);
  const preset = state.preset as PresetName;
  const net = useMemo(() => networkFrom(preset, state.act as ActivationName, state.nums), [preset, state.act, state.nums]);
  const steps = useMemo(() => buildSteps(net, state.eta, state.bias), [net, state.eta, state.bias]);
  const index = Math.min(state.step, steps.length);
  const step = index > 0 ? steps[index - 1] : null;
  const numsIgnored = state.nums.length > 0 && state.nums.length !== parameterCount(PRESETS[preset].sizes);
  const cost = forward(net).cost;
  // Weights beyond ±1000 can't be written to a link and mean η was far too large.
  const diverged = !Number.isFinite(cost) || pack(net).some((v) => !Number.isFinite(v) || Math.abs(v) > 1000);

  // Activations shown on the diagram: those the steps so far have computed.
  const known = net.sizes.map((n, l) => Array.from({ length: n }, (_, j) => (l === 0 ? net.input[j] : undefined)));
  for (const s of steps.slice(0, index)) if (s.kind === 'a') known[s.nodes[0][0]][s.nodes[0][1]] = s.value;

  const go = (i: number) => update({ step: Math.max(0, Math.min(steps.length, i)) });

  function runTraining(n: number) {
    const result = train(net, state.eta, state.bias, n);
    const after = forward(result.net).cost;
    // costs[i] is the cost after i training steps.
    setCosts((c) => [...(c.length ? c : result.costs.slice(0, 1)), ...result.costs.slice(1), after]);
    update({ nums: pack(result.net), step: 0 });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if ((e.target as HTMLElement).closest('input, select, textarea, summary')) return;
    if (e.key === 'ArrowRight') go(index + 1);
    else if (e.key === 'ArrowLeft') go(index - 1);
    else if (e.key === 'End') go(steps.length);
    else if (e.key === 'Home') go(0);
    else return;
    e.preventDefault();
  }

  return (
    <WidgetFrame
      id="backprop-stepper"
      title="Backpropagation, step by step"
      hint="Step with the buttons or ← →. Each step computes one number with the chapter's equations; gradients are checked against finite differences."
      onReset={() => {
        setCosts([]);
        reset();
      }}
      link={link}
      notices={numsIgnored ? [...notices, `The link’s numbers don’t fit the ${preset} network, so its own numbers are used.`] : notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Network{' '}
          <select value={preset} onChange={(e) => update({ preset: e.target.value as PresetName, nums: [], step: 0 })}>
            {PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {p}: {PRESETS[p].description}
              </option>
            ))}
          </select>
        </label>
        <label>
          Activation{' '}
          <select value={state.act} onChange={(e) => update({ act: e.target.value as ActivationName })}>
            <option value="sigmoid">sigmoid</option>
            <option value="tanh">tanh</option>
            <option value="relu">ReLU</option>
          </select>
        </label>
        <label className="number-field">
          η ={' '}
          <input
            type="number"
            min={0}
            max={100}
            step={0.1}
            value={state.eta}
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && e.target.valueAsNumber >= 0 && e.target.valueAsNumber <= 100 && update({ eta: e.target.valueAsNumber })}
          />
        </label>
        <label>
          <input type="checkbox" checked={state.bias} onChange={(e) => update({ bias: e.target.checked })} /> Update biases too
        </label>
      </div>

      <div className="stepper" onKeyDown={onKeyDown}>
        <div className="step-buttons" role="group" aria-label="Step through the computation">
          <button type="button" className="widget-button" onClick={() => go(0)} disabled={index === 0}>
            Start
          </button>
          <button type="button" className="widget-button" onClick={() => go(index - 1)} disabled={index === 0}>
            ← Back
          </button>
          <button type="button" className="widget-button primary" onClick={() => go(index + 1)} disabled={index === steps.length}>
            Forward →
          </button>
          <button type="button" className="widget-button" onClick={() => go(steps.length)} disabled={index === steps.length}>
            Run to end
          </button>
          <label className="step-scrub">
            <span className="visually-hidden">Step</span>
            <input type="range" min={0} max={steps.length} value={index} onChange={(e) => go(Number(e.target.value))} />
          </label>
        </div>
        <NetworkDiagram net={net} step={step} known={known} />
        <StepPanel step={step} index={index} total={steps.length} />
        <RunningTable steps={steps} upTo={index} />
      </div>

      <div className="train-row">
        <p>
          Cost now: <strong data-testid="bp-cost">{diverged ? 'not a number' : cost.toFixed(9)}</strong>. Train with full gradient-descent steps:
        </p>
        {[1, 10, 100].map((n) => (
          <button key={n} type="button" className="widget-button" onClick={() => runTraining(n)} disabled={diverged}>
            {n} step{n > 1 ? 's' : ''}
          </button>
        ))}
      </div>
      {diverged && (
        <div className="widget-error" role="alert">
          <p>
            Training diverged: with η = {state.eta} the weights grew without bound
            {Number.isFinite(cost) ? ' (beyond ±1000)' : ' and the cost is no longer a number'}. Choose a smaller η, or start again.
          </p>
          <button
            type="button"
            className="widget-button"
            onClick={() => {
              setCosts([]);
              update({ nums: [], step: 0 });
            }}
          >
            Restore the starting weights
          </button>
        </div>
      )}
      {costs.length > 1 && <LinePlot series={[{ label: 'cost', y: costs }]} label="Cost after each training step" xLabel="step" yLabel="C" logY />}
      <ParamEditor net={net} onChange={(nums) => update({ nums, step: Math.min(index, steps.length) })} />
    </WidgetFrame>
  );
}
