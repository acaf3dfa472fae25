'use client';

import { useMemo } from 'react';
import { LinePlot } from '@/components/plots/LinePlot';
import { Tex } from '@/components/widgets/shared/Tex';
import { NOTES_WAVE, partialSums, peakOfPartialSum, squareWave } from './model';
import { MAX_HARMONICS } from './state';
import styles from './FourierSeries.module.css';

const TS = Array.from({ length: 801 }, (_, k) => -0.2 + (0.4 * k) / 800);
const WAVE = TS.map((t) => squareWave(t));
// The shared plot starts its x axis at ≤ 0 and ends it at ≥ 1, so time is shown in periods: t/T from −1 to 1.
const PERIODS = TS.map((t) => t / NOTES_WAVE.period);

const round = (v: number, digits: number) => {
  const r = Math.round(v * 10 ** digits) / 10 ** digits;
  return r < 0 ? `−${-r}` : `${r}`;
};

/** The square wave against S_N, with the Gibbs overshoot measured. */
export function SeriesPanel({ harmonics, onChange }: { harmonics: number; onChange: (n: number) => void }) {
  const sums = useMemo(() => Array.from(partialSums(TS, harmonics)), [harmonics]);
  const peak = useMemo(() => peakOfPartialSum(harmonics), [harmonics]);
  const [atZero] = partialSums([0], harmonics);
  const jump = NOTES_WAVE.height;
  const overshoot = peak.value - jump;
  return (
    <div>
      <div className={styles.controls}>
        <label className={styles.slider}>
          Harmonics N = {harmonics}{' '}
          <input type="range" min={1} max={MAX_HARMONICS} step={1} value={harmonics} onChange={(e) => onChange(Number(e.target.value))} />
        </label>
        <label className="number-field">
          N{' '}
          <input
            type="number"
            min={1}
            max={MAX_HARMONICS}
            step={1}
            value={harmonics}
            onChange={(e) => {
              const v = e.target.valueAsNumber;
              if (Number.isInteger(v) && v >= 1 && v <= MAX_HARMONICS) onChange(v);
            }}
          />
        </label>
      </div>
      <Tex tex={`S_{${harmonics}}(t) = 1 + \\sum_{n=1}^{${harmonics}} \\frac{4}{\\pi n}\\sin\\frac{\\pi n}{2}\\,\\cos(10\\pi n t)`} display />
      <LinePlot
        label={`The square wave (period 0.2, width 0.1, height 2) and its partial sum with ${harmonics} harmonics, from t = −0.2 to 0.2`}
        series={[
          { label: 'F(t)', x: PERIODS, y: WAVE, className: 'curve-derivative' },
          { label: 'S_N(t)', x: PERIODS, y: sums, className: 'curve-function' },
        ]}
        xLabel="t / T (one period T = 0.2)"
        height={240}
      />
      <ul className="plot-legend">
        <li>
          <span className="swatch" aria-hidden="true" /> S<sub>{harmonics}</sub>(t), solid
        </li>
        <li>
          <span className="swatch swatch-derivative" aria-hidden="true" /> the square wave F(t), dashed
        </li>
      </ul>
      <dl className="readout" aria-live="polite">
        <dt>Largest value</dt>
        <dd data-testid="fs-peak">
          {round(peak.value, 4)} at t = {round(peak.t, 4)}
        </dd>
        <dt>Overshoot</dt>
        <dd data-testid="fs-overshoot">
          {round(overshoot, 4)} = {round((overshoot / jump) * 100, 1)}% of the jump {jump}
        </dd>
        <dt>
          S<sub>N</sub>(0)
        </dt>
        <dd data-testid="fs-zero">{round(atZero, 4)} (the wave is 2)</dd>
      </dl>
      <p className={styles.note}>
        Only odd harmonics count: for even n the coefficient is 0. More terms move the overshoot closer to the edge at t = 0.05, but its height stays near 9% of the jump (the
        Gibbs phenomenon).
      </p>
    </div>
  );
}
