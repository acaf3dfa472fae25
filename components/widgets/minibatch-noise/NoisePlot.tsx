'use client';

import { line, scaleLinear } from 'd3';
import { useId } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import styles from './MinibatchNoise.module.css';
import type { LossPoint } from './model';
import { SERIES } from './series';
import type { XAxis } from './state';

const M = { top: 16, right: 16, bottom: 40, left: 50 };

interface Props {
  points: readonly (readonly LossPoint[])[];
  x: XAxis;
  epochs: number;
}

export function Marker({ kind, cx, cy, r = 5, className }: { kind: 'circle' | 'square' | 'triangle'; cx: number; cy: number; r?: number; className?: string }) {
  if (kind === 'circle') return <circle className={className} cx={cx} cy={cy} r={r} />;
  if (kind === 'square') return <rect className={className} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
  return <path className={className} d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} />;
}

/** The three loss curves on one pair of axes, against epochs or against seconds of training. */
export function NoisePlot({ points, x, epochs }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(600);
  const clip = useId();
  const W = Math.max(280, width);
  const H = Math.round(Math.min(360, Math.max(240, W * 0.5)));
  const xOf = (p: LossPoint) => (x === 'epoch' ? p.epoch : p.seconds);
  const finite = points.flat().filter((p) => Number.isFinite(p.loss));
  const xMax = x === 'epoch' ? epochs : Math.max(0.01, ...finite.map(xOf));
  const yMax = Math.min(4, Math.max(2.5, ...finite.map((p) => p.loss)));
  const xs = scaleLinear().domain([0, xMax]).range([M.left, W - M.right]).nice();
  const ys = scaleLinear().domain([0, yMax]).range([H - M.bottom, M.top]).nice();
  const path = line<LossPoint>()
    .defined((p) => Number.isFinite(p.loss))
    .x((p) => xs(xOf(p)))
    .y((p) => ys(Math.min(p.loss, yMax * 1.5)));

  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className={`plot ${styles.plotSvg}`} role="img" aria-label={`Training loss of batch sizes 1, 32 and 1437 against ${x === 'epoch' ? 'epochs' : 'seconds of training'}`}>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top - 6} width={W - M.left - M.right + 6} height={H - M.top - M.bottom + 6} />
        </clipPath>
        <Axes x={xs} y={ys} xLabel={x === 'epoch' ? 'epoch' : 'seconds of training'} yLabel="training loss" xTicks={Math.max(3, Math.round(W / 90))} yTicks={5} />
        <g clipPath={`url(#${clip})`}>
          {SERIES.map((s, i) => {
            const run = points[i] ?? [];
            const ends = run.filter((p) => Number.isInteger(p.epoch) && Number.isFinite(p.loss));
            return (
              <g key={s.className} className={styles[s.className]}>
                <path className={styles.curve} d={path(run as LossPoint[]) ?? ''} strokeDasharray={s.dash} />
                {ends.map((p) => (
                  <Marker key={p.updates} kind={s.marker} cx={xs(xOf(p))} cy={ys(p.loss)} className={styles.marker} />
                ))}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
