'use client';

import { scaleLinear } from 'd3';
import { useId } from 'react';
import { useWidth } from './use-width';

export interface HistogramBin {
  /** Left and right edges of the bin, in data units. */
  x0: number;
  x1: number;
  count: number;
}

interface HistogramProps {
  bins: readonly HistogramBin[];
  /** What the histogram shows, for screen readers (e.g. "Activations of layer 3"). */
  label: string;
  /** x-range; defaults to the outer edges of the bins. */
  domain?: readonly [number, number];
  height?: number;
  /** Ranges of x to hatch, e.g. where units are saturated. */
  shade?: readonly (readonly [number, number])[];
  xTicks?: number;
  formatTick?: (value: number) => string;
}

const M = { top: 6, right: 8, bottom: 22, left: 8 };

/**
 * Counts per bin as bars, drawn in real pixels at the container's width. Render-only: the bins are
 * computed by the caller (d3 supplies the scale and the ticks). Heights are relative to the fullest
 * bin, so several histograms side by side compare shapes, not sample sizes.
 */
export function Histogram({ bins, label, domain, height = 110, shade = [], xTicks = 3, formatTick }: HistogramProps) {
  const [holder, width] = useWidth<HTMLDivElement>(200);
  const hatchId = useId();
  const W = Math.max(120, width);
  const lo = domain?.[0] ?? (bins.length ? bins[0].x0 : 0);
  const hi = domain?.[1] ?? (bins.length ? bins[bins.length - 1].x1 : 1);
  const x = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo - 0.5, lo + 0.5])
    .range([M.left, W - M.right]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear().domain([0, maxCount]).range([height - M.bottom, M.top]);
  const format = formatTick ?? x.tickFormat(xTicks);
  // Labels at the very edges are anchored inwards so they stay inside the plot.
  const anchor = (px: number) => (px - M.left < 14 ? 'start' : W - M.right - px < 14 ? 'end' : 'middle');
  const clamp = (v: number) => Math.min(W - M.right, Math.max(M.left, x(v)));

  return (
    <div ref={holder}>
      <svg width={W} height={height} viewBox={`0 0 ${W} ${height}`} className="plot" role="img" aria-label={label}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--c-orange)" strokeOpacity="0.55" strokeWidth="2" />
          </pattern>
        </defs>
        {shade.map(([a, b]) => {
          const x0 = clamp(a);
          const x1 = clamp(b);
          return x1 - x0 > 0.5 ? (
            <rect key={`${a}:${b}`} x={x0} width={x1 - x0} y={M.top} height={height - M.top - M.bottom} fill={`url(#${hatchId})`} />
          ) : null;
        })}
        {bins.map((b) => {
          const x0 = clamp(b.x0);
          const x1 = clamp(b.x1);
          return (
            <rect
              key={b.x0}
              x={x0 + 0.5}
              width={Math.max(1, x1 - x0 - 1)}
              y={y(b.count)}
              height={Math.max(0, y(0) - y(b.count))}
              fill="var(--plot-fn)"
            />
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={height - M.bottom} y2={height - M.bottom} stroke="var(--fg-muted)" />
        <g aria-hidden="true">
          {x.ticks(xTicks).map((t) => (
            <text key={t} className="tick-label" x={x(t)} y={height - M.bottom + 15} textAnchor={anchor(x(t))}>
              {format(t)}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
