'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { Tex } from '@/components/widgets/shared/Tex';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { FIELD_NAMES, FIELDS, growthPerBlock, refine, run, type FieldName } from './model';
import styles from './ResnetEuler.module.css';
import { MAX_DEPTH, MAX_STEP, schema, URL_PREFIX } from './state';
import { TrajectoryPlot } from './TrajectoryPlot';
import { Unravelled } from './Unravelled';

const num = (v: number, digits = 4) => {
  if (!Number.isFinite(v)) return 'not a number';
  const r = Number(v.toPrecision(digits));
  const s = Math.abs(r) >= 1e6 || (Math.abs(r) < 1e-4 && r !== 0) ? r.toExponential(2) : String(r);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
};
const vec = (x: number[]) => (x.length === 1 ? num(x[0]) : `(${x.map((v) => num(v)).join(', ')})`);

export default function ResnetEuler() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const field = FIELDS[state.F as FieldName];
  const { n, h } = state;
  const result = useMemo(() => run(field, h, n), [field, h, n]);
  const table = useMemo(() => refine(field, h, n, 3), [field, h, n]);
  const growth = growthPerBlock(field, h);
  const [hText, setHText] = useState(String(h));
  useEffect(() => setHText(String(h)), [h]);
  const hNumber = Number(hText);
  const hProblem =
    hText.trim() === '' || !Number.isFinite(hNumber)
      ? 'Type a number for h.'
      : hNumber <= 0
        ? 'h must be positive: a step of 0 or less never moves forward in time.'
        : hNumber < 0.001 || hNumber > MAX_STEP
          ? `h must be between 0.001 and ${MAX_STEP}.`
          : null;

  return (
    <WidgetFrame
      id="resnet-euler"
      title="ResNet as forward Euler"
      hint="Move the sliders (or focus them and use the arrow keys): n residual blocks of step h follow dx/dt = F(x) up to t = n·h."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Right-hand side{' '}
          <select value={field.name} onChange={(e) => update({ F: e.target.value as FieldName })}>
            {FIELD_NAMES.map((name) => (
              <option key={name} value={name}>
                {FIELDS[name].label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.slider}>
          Depth n = {n} blocks
          <input type="range" min={1} max={MAX_DEPTH} step={1} value={n} onChange={(e) => update({ n: Number(e.target.value) })} />
        </label>
        <label className={styles.slider}>
          Step h = {h}
          <input type="range" min={0.01} max={MAX_STEP} step={0.01} value={Math.max(0.01, h)} onChange={(e) => update({ h: Number(e.target.value) })} />
        </label>
        <label className="number-field">
          h ={' '}
          <input
            type="number"
            min={0.001}
            max={MAX_STEP}
            step={0.001}
            value={hText}
            aria-describedby={hProblem ? `${ids}-h` : undefined}
            onChange={(e) => {
              setHText(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value.trim() !== '' && Number.isFinite(v) && v >= 0.001 && v <= MAX_STEP) update({ h: v });
            }}
          />
        </label>
      </div>
      {hProblem && (
        <p className="widget-error" id={`${ids}-h`} role="alert">
          {hProblem} The widget keeps h = {h}.
        </p>
      )}

      <div className={styles.layout}>
        <div>
          <TrajectoryPlot field={field} result={result} h={h} n={n} />
          <ul className="plot-legend">
            <li>
              <span className="swatch swatch-function" aria-hidden="true" /> exact solution (solid)
            </li>
            <li>
              <span className={`swatch ${styles.swatchEuler}`} aria-hidden="true" /> {n} residual blocks = Euler steps (dashed, dots)
            </li>
          </ul>
        </div>
        <div>
          <div className={styles.formulas}>
            <Tex tex={`${field.tex}, \\quad ${field.x0Tex}`} display />
            <Tex tex={field.exactTex} display />
            <Tex tex={"x_{k+1} = x_k + h\\,F(x_k)"} display />
          </div>
          <dl className="readout" aria-live="polite">
            <dt>end time T = n·h</dt>
            <dd data-testid="re-T">{num(n * h)}</dd>
            <dt>
              ResNet output x<sub>{n}</sub>
            </dt>
            <dd data-testid="re-xn">{vec(result.euler[n])}</dd>
            <dt>exact x(T)</dt>
            <dd data-testid="re-exact">{vec(result.exact[n])}</dd>
            <dt>error at the end</dt>
            <dd data-testid="re-error">{num(result.error, 3)}</dd>
          </dl>
        </div>
      </div>

      {result.diverged ? (
        <div className="widget-error" role="alert" data-testid="re-diverged">
          <p>
            The blocks blow up: each one multiplies a deviation by about {num(growth, 3)}, so after {n} blocks the output left ±1,000,000.
            {field.name === 'decay' && ` Forward Euler on dx/dt = −x is stable only for h below 2; h = ${h} overshoots and flips sign at every block.`}
          </p>
          <button type="button" className="widget-button" onClick={() => update({ h: 0.1, n: Math.min(n, 10) })}>
            Back to h = 0.1
          </button>
        </div>
      ) : (
        growth >= 1 &&
        field.name !== 'sine' && (
          <div className={`readout-note saturated ${styles.unstable}`}>
            <p data-testid="re-unstable">
              {field.name === 'decay'
                ? `With h = ${h}, |1 − h| = ${num(growth, 3)} is not below 1: the iteration ${h >= 2 ? 'grows and flips sign' : 'does not decay'} while the exact solution decays. Stable steps are 0 < h < 2.`
                : `Each block multiplies the radius by √(1 + h²) = ${num(growth, 4)}, so the Euler path spirals outward while the exact one stays on the circle. Smaller steps spiral less.`}
            </p>
            <button type="button" className="widget-button" onClick={() => update({ h: 0.1 })}>
              Back to h = 0.1
            </button>
          </div>
        )
      )}

      <p className={styles.subhead}>First order: halve h, keep T = {num(n * h)}</p>
      <div className={styles.tableHolder} role="region" aria-label="Error as h is halved" tabIndex={0}>
        <table className={styles.refine} data-testid="re-refine">
          <thead>
            <tr>
              <th scope="col">h</th>
              <th scope="col">blocks n</th>
              <th scope="col">error at T</th>
              <th scope="col">ratio to the row above</th>
            </tr>
          </thead>
          <tbody>
            {table.map((row) => (
              <tr key={row.n}>
                <td>{num(row.h)}</td>
                <td>{row.n}</td>
                <td>{num(row.error, 3)}</td>
                <td>{row.ratio === null ? '' : num(row.ratio, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.note}>A first-order method: halving the step about halves the error, so the ratios approach 2.</p>

      <p className={styles.subhead}>The unravelled view</p>
      <Unravelled n={n} h={h} linear={field.name === 'decay'} onShowThree={() => update({ n: 3 })} />
    </WidgetFrame>
  );
}
