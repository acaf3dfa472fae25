'use client';

import { useMemo } from 'react';
import { LinePlot } from '@/components/plots/LinePlot';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { Controls } from './Controls';
import { collocationPoints, maxError, sampleCurves, trialAt, type OdeProblem } from './network';
import { SolutionPlot } from './SolutionPlot';
import { schema, URL_PREFIX } from './state';
import type { OdeSettings } from './trainer';
import { useOdeTraining } from './use-ode-training';
import styles from './OdeTrial.module.css';

function fmt(v: number): string {
  if (Number.isNaN(v)) return 'not a number';
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/** Step of the central difference shown beside the exact derivative, as in the chapter. */
const FD_STEP = 1e-4;

/** At most `n` points of a long cost history, evenly spread, with their iteration numbers. */
function thin(costs: readonly number[], n = 400): { x: number[]; y: number[] } {
  const step = Math.max(1, Math.ceil(costs.length / n));
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < costs.length; i += step) {
    x.push(i);
    y.push(costs[i]);
  }
  if (costs.length > 0 && x[x.length - 1] !== costs.length - 1) {
    x.push(costs.length - 1);
    y.push(costs[costs.length - 1]);
  }
  return { x, y };
}

export default function OdeTrial() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const settings: OdeSettings = {
    gamma: state.gamma,
    g0: state.g0,
    points: state.points,
    hiddenUnits: state.hidden,
    layers: state.layers === '2' ? 2 : 1,
    lr: state.lr,
    optimizer: state.opt,
    seed: state.seed,
  };
  const run = useOdeTraining(settings, state.iters);
  const problem: OdeProblem = { gamma: state.gamma, g0: state.g0 };
  const curves = useMemo(() => sampleCurves(run.params, { gamma: state.gamma, g0: state.g0 }), [run.params, state.gamma, state.g0]);
  const points = collocationPoints(state.points).map((x) => ({ x, g: trialAt(run.params, problem, x).g }));
  const cost = points.reduce((s, p) => s + trialAt(run.params, problem, p.x).residual ** 2, 0);
  const error = maxError(run.params, problem);
  const history = thin(run.costs);
  const running = run.status === 'running';

  const statusText: Record<typeof run.status, string> = {
    ready: 'Untrained: the random network already satisfies g(0) = g₀, but not the equation. Press Train.',
    running: `Training… iteration ${run.iteration} of ${state.iters}.`,
    paused: `Stopped at iteration ${run.iteration}. Resume to continue.`,
    done: `Finished ${run.iteration} iterations.`,
    diverged: '',
    error: `Training stopped with an error: ${run.detail ?? ''}`,
  };

  return (
    <WidgetFrame
      id="ode-trial"
      title="Solving g′ = −γg with a network"
      hint="Press Train and watch the dashed trial solution settle onto the exact solution as the residual and the cost fall. Change γ, g₀, the points, the network or η, then train again."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <Controls state={state} update={update} />
      <div className={styles.run}>
        {running ? (
          <button type="button" className="widget-button" onClick={run.stop}>
            Stop
          </button>
        ) : (
          <button type="button" className="widget-button" onClick={run.train} disabled={run.status === 'diverged'}>
            {run.status === 'paused' ? 'Resume' : run.status === 'done' ? 'Train again' : 'Train'}
          </button>
        )}
        <button type="button" className="widget-button" onClick={run.restart} disabled={run.status === 'ready'}>
          Back to the untrained network
        </button>
      </div>
      {run.status === 'diverged' ? (
        <div className={styles.diverged} role="alert" data-testid="ode-status">
          <p>
            Training diverged at iteration {run.iteration}: the cost {Number.isFinite(Number(run.detail)) ? `reached ${fmt(Number(run.detail))}` : 'is no longer a number'}. A learning rate of η = {state.lr}
            {' '}is too large for these settings: each step overshoots and the weights run away.
          </p>
          <button type="button" className="widget-button" onClick={() => update({ lr: Number((state.lr / 10).toPrecision(3)) })}>
            Reset with η = {Number((state.lr / 10).toPrecision(3))}
          </button>{' '}
          <button type="button" className="widget-button" onClick={run.restart}>
            Reset the run
          </button>
        </div>
      ) : (
        <p className={styles.status} role="status" data-testid="ode-status">
          {statusText[run.status]}
        </p>
      )}
      <dl className={`readout ${styles.readout}`}>
        <dt>iteration</dt>
        <dd data-testid="ode-iteration">{run.iteration}</dd>
        <dt>cost c</dt>
        <dd data-testid="ode-cost">{fmt(cost)}</dd>
        <dt>max |g_t − g| on [0, 1]</dt>
        <dd data-testid="ode-error">{fmt(error)}</dd>
        <dt>g_t(0)</dt>
        <dd data-testid="ode-g0">{fmt(trialAt(run.params, problem, 0).g)}</dd>
        <dt>g_t′(0.5), exact</dt>
        <dd data-testid="ode-dg">{fmt(trialAt(run.params, problem, 0.5).dg)}</dd>
        <dt>finite difference</dt>
        <dd data-testid="ode-fd">{fmt((trialAt(run.params, problem, 0.5 + FD_STEP).g - trialAt(run.params, problem, 0.5 - FD_STEP).g) / (2 * FD_STEP))}</dd>
      </dl>
      <div className={styles.plots}>
        <div className={styles.wide}>
          <p className={styles.panelTitle}>Solution</p>
          <SolutionPlot curves={curves} points={points} />
          <ul className="plot-legend">
            <li>
              <span className="swatch swatch-function" aria-hidden="true" /> exact g₀e^(−γx)
            </li>
            <li>
              <span className="swatch swatch-derivative" aria-hidden="true" /> trial solution g₀ + x·N(x), dashed
            </li>
            <li>
              <span className={styles.pointKey} aria-hidden="true" /> collocation points (triangles)
            </li>
          </ul>
        </div>
        <div>
          <p className={styles.panelTitle}>Residual r(x) = g_t′ + γ g_t</p>
          <LinePlot label="The residual of the trial solution along x" xLabel="x" height={200} series={[{ label: 'residual', x: curves.x, y: curves.residual }]} />
        </div>
        <div>
          <p className={styles.panelTitle}>Cost over iterations (log scale)</p>
          {history.y.length > 1 ? (
            <LinePlot label="The cost over the iterations, log scale" xLabel="iteration" logY height={200} series={[{ label: 'cost', x: history.x, y: history.y }]} />
          ) : (
            <p className="readout-note">The cost curve appears once training starts.</p>
          )}
        </div>
      </div>
    </WidgetFrame>
  );
}
