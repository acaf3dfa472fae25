'use client';

import { scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import {
  boundarySegment,
  fmt,
  outputProfile,
  outputRange,
  PLANE,
  predict,
  threshold,
  type Neuron,
  type OutputName,
  type Point,
  weightArrow,
} from './model';
import styles from './NeuronPlayground.module.css';

const M = { top: 24, right: 12, bottom: 40, left: 44 };

interface Props {
  neuron: Neuron;
  f: OutputName;
  points: readonly Point[];
  /** The point the learning rule presented last, ringed. */
  highlight: number | null;
  label: string;
}

/**
 * The input plane: the neuron's output shaded as a gradient across the line (blue below the threshold,
 * orange above, stronger further from it), the decision line w₁x₁ + w₂x₂ + b = 0, and the data points with one
 * marker shape per class.
 */
export function SurfacePlot({ neuron, f, points, highlight, label }: Props) {
  const [holder, measured] = useWidth<HTMLDivElement>(420);
  const W = Math.min(measured, 600);
  const H = W - M.left - M.right + M.top + M.bottom;
  const x = useMemo(() => scaleLinear().domain([PLANE.min, PLANE.max]).range([M.left, W - M.right]), [W]);
  const y = useMemo(() => scaleLinear().domain([PLANE.min, PLANE.max]).range([H - M.bottom, M.top]), [H]);

  const gradientId = useId();
  const profile = outputProfile(neuron, f);
  const [lo, hi] = outputRange(f);
  const mid = threshold(f);
  // Diverging scale: orange above the threshold, blue below, stronger further from it.
  const shade = (v: number) => ({
    className: v > mid ? styles.cellHigh : styles.cellLow,
    opacity: 0.06 + 0.5 * Math.min(1, v > mid ? (v - mid) / (hi - mid) : (mid - v) / (mid - lo)),
  });
  const side = W - M.left - M.right;
  const segment = boundarySegment(neuron);
  const arrow = weightArrow(neuron);
  const marker = Math.max(7, Math.min(10, W / 45));

  return (
    <div ref={holder} className={styles.plotHolder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className={`plot ${styles.plane}`} role="img" aria-label={label}>
        <g aria-hidden="true">
          {'constant' in profile ? (
            <rect x={M.left} y={M.top} width={side} height={side} className={shade(profile.constant).className} fillOpacity={shade(profile.constant).opacity} />
          ) : (
            <>
              <defs>
                <linearGradient
                  id={gradientId}
                  gradientUnits="userSpaceOnUse"
                  x1={x(profile.from[0])}
                  y1={y(profile.from[1])}
                  x2={x(profile.to[0])}
                  y2={y(profile.to[1])}
                >
                  {gradientStops(profile.values, profile.edge).map(({ offset, value }, i) => {
                    const { className, opacity } = shade(value);
                    return <stop key={i} offset={offset} className={className} stopOpacity={opacity} />;
                  })}
                </linearGradient>
              </defs>
              <rect x={M.left} y={M.top} width={side} height={side} fill={`url(#${gradientId})`} data-testid="np-surface" />
            </>
          )}
        </g>
        <Axes x={x} y={y} xTicks={4} yTicks={4} xLabel="x₁" yLabel="x₂" />
        {segment && (
          <line
            className={styles.boundary}
            x1={x(segment[0][0])}
            y1={y(segment[0][1])}
            x2={x(segment[1][0])}
            y2={y(segment[1][1])}
          />
        )}
        {arrow && <WeightArrow from={[x(arrow.from[0]), y(arrow.from[1])]} to={[x(arrow.to[0]), y(arrow.to[1])]} />}
        {points.map((p, i) => {
          const cx = x(p.x1);
          const cy = y(p.x2);
          const wrong = predict(neuron, p) !== p.t;
          return (
            <g key={i} className={wrong ? styles.wrong : undefined}>
              {i === highlight && <circle className={styles.highlight} cx={cx} cy={cy} r={marker + 7} />}
              {p.t === 1 ? (
                <rect className={styles.class1} x={cx - marker * 0.8} y={cy - marker * 0.8} width={marker * 1.6} height={marker * 1.6} />
              ) : (
                <circle className={styles.class0} cx={cx} cy={cy} r={marker * 0.85} />
              )}
              {wrong && (
                <path
                  className={styles.cross}
                  d={`M${cx - marker * 0.5},${cy - marker * 0.5}L${cx + marker * 0.5},${cy + marker * 0.5}M${cx - marker * 0.5},${cy + marker * 0.5}L${cx + marker * 0.5},${cy - marker * 0.5}`}
                />
              )}
              <title>{`(${fmt(p.x1)}, ${fmt(p.x2)}), class ${p.t}${wrong ? ', misclassified' : ''}`}</title>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/**
 * Gradient stops from evenly spaced samples, with a hard edge exactly at the decision line: the
 * last value below the threshold and the first above it share the edge's offset.
 */
function gradientStops(values: readonly number[], edge: number | null): { offset: number; value: number }[] {
  const n = values.length - 1;
  const stops = values.map((value, i) => ({ offset: i / n, value }));
  if (edge === null) return stops;
  const at = stops.findIndex((s) => s.offset > edge);
  const below = stops[Math.max(0, at - 1)].value;
  const above = stops[at].value;
  return [...stops.slice(0, at), { offset: edge, value: Math.min(below, above) }, { offset: edge, value: Math.max(below, above) }, ...stops.slice(at)];
}

/** The weight vector w as an arrow with a filled head, in screen coordinates. */
function WeightArrow({ from, to }: { from: [number, number]; to: [number, number] }) {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const head = 10;
  const base: [number, number] = [to[0] - ux * head, to[1] - uy * head];
  const left = `${base[0] - uy * head * 0.5},${base[1] + ux * head * 0.5}`;
  const right = `${base[0] + uy * head * 0.5},${base[1] - ux * head * 0.5}`;
  return (
    <g className={styles.arrow}>
      <line x1={from[0]} y1={from[1]} x2={base[0]} y2={base[1]} />
      <polygon points={`${to[0]},${to[1]} ${left} ${right}`} />
      <text x={to[0] + ux * 10} y={to[1] + uy * 10} dy="0.35em" textAnchor="middle">
        w
      </text>
    </g>
  );
}
