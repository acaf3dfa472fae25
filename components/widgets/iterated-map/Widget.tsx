'use client';

import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { CheckedNumber } from '@/components/widgets/shared/CheckedNumber';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { MapPlots } from './MapPlots';
import { fmt, probe } from './model';
import { schema, URL_PREFIX } from './state';
import styles from './IteratedMap.module.css';

function verdict(derivative: number): string {
  const a = Math.abs(derivative);
  if (a === 0) return 'Exactly zero: the orbit passes through x = ½, where f′ = 0, and the whole product vanishes.';
  if (a < 0.2) return `Vanishing: |d fⁿ/dx| = ${fmt(a)}, so a change in x₀ barely reaches fⁿ.`;
  if (a > 5) return `Exploding: |d fⁿ/dx| = ${fmt(a)}, so a small change in x₀ is amplified ${fmt(a)} times.`;
  return `Neither: |d fⁿ/dx| = ${fmt(a)} is of order 1.`;
}

export default function IteratedMap() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const { n, x } = state;
  const at = probe(x, n);

  return (
    <WidgetFrame
      id="iterated-map"
      title="The iterated map f(x) = 3x(1 − x)"
      hint="Choose how many times f is composed, then drag the point (or focus it and use the arrow keys) to read fⁿ(x₀) and its derivative, factor by factor."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className="widget-controls">
        <label>
          Compositions n = <strong data-testid="im-n">{n}</strong>{' '}
          <input type="range" min={1} max={10} step={1} value={n} onChange={(e) => update({ n: Number(e.target.value) })} />
        </label>
        <CheckedNumber label="x₀ =" name="x₀" value={x} min={0} max={1} step={0.01} onChange={(v) => update({ x: v })} testId="im-x-input" />
      </div>
      <div className={styles.layout}>
        <div>
          <MapPlots n={n} x={x} onMove={(v) => update({ x: v })} />
          <ul className="plot-legend">
            <li>
              <span className="swatch swatch-function" aria-hidden="true" /> fⁿ(x₀), top
            </li>
            <li>
              <span className="swatch swatch-derivative" aria-hidden="true" /> log₁₀ |d fⁿ/dx|, dashed, below (the dotted line is log₁₀ 1 = 0)
            </li>
          </ul>
        </div>
        <div>
          <dl className="readout" aria-live="polite">
            <dt>x₀</dt>
            <dd data-testid="im-x">{fmt(x)}</dd>
            <dt>fⁿ(x₀)</dt>
            <dd data-testid="im-value">{fmt(at.value)}</dd>
            <dt>d fⁿ/dx</dt>
            <dd data-testid="im-derivative">{fmt(at.derivative)}</dd>
          </dl>
          <p className={styles.verdict} data-testid="im-verdict">
            {verdict(at.derivative)}
          </p>
          <div className={`table-scroll ${styles.orbitWrap}`} tabIndex={0} role="region" aria-label="The orbit and its chain-rule factors">
            <table className={styles.orbit}>
              <caption className="visually-hidden">The orbit x_k, each factor f′(x_k) = 3 − 6x_k and the running product</caption>
              <thead>
                <tr>
                  <th scope="col">k</th>
                  <th scope="col">x_k</th>
                  <th scope="col">f′(x_k)</th>
                  <th scope="col">product</th>
                </tr>
              </thead>
              <tbody>
                {at.orbit.map((step, k) => (
                  <tr key={k}>
                    <td>{k}</td>
                    <td>{fmt(step.x)}</td>
                    <td>{fmt(step.factor)}</td>
                    <td>{fmt(step.derivative)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
