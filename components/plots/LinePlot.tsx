'use client';

import { line, scaleLinear, scaleLog } from 'd3';
import { Axes } from './Axes';
import { useWidth } from './use-width';

export interface Series {
  label: string;
  /** y values at x = 0, 1, 2, … (or at `x` when given). */
  y: readonly number[];
  x?: readonly number[];
  /** CSS class for the stroke (e.g. 'curve-function', 'curve-derivative'). */
  className?: string;
}

interface LinePlotProps {
  series: readonly Series[];
  label: string;
  xLabel?: string;
  yLabel?: string;
  /** Log scale for y, for losses that fall by orders of magnitude. */
  logY?: boolean;
  height?: number;
}

const M = { top: 14, right: 14, bottom: 36, left: 56 };

/** Lines over a shared x axis, drawn in real pixels at the container's width. */
export function LinePlot({ series, label, xLabel, yLabel, logY = false, height = 220 }: LinePlotProps) {
  const [holder, width] = useWidth<HTMLDivElement>(480);
  const W = Math.max(260, width);
  const points = series.map((s) => s.y.map((y, i) => ({ x: s.x?.[i] ?? i, y })).filter((p) => Number.isFinite(p.y) && (!logY || p.y > 0)));
  const xs = points.flat().map((p) => p.x);
  const ys = points.flat().map((p) => p.y);
  const xMax = Math.max(1, ...xs);
  const yMin = ys.length ? Math.min(...ys) : 0;
  const yMax = ys.length ? Math.max(...ys) : 1;
  const x = scaleLinear().domain([Math.min(0, ...xs), xMax]).range([M.left, W - M.right]);
  const y = (logY ? scaleLog().domain([Math.max(yMin, 1e-12), Math.max(yMax, yMin * 10, 1e-11)]) : scaleLinear().domain([Math.min(0, yMin), yMax || 1]))
    .range([height - M.bottom, M.top])
    .nice();
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));

  return (
    <div ref={holder}>
      <svg width={W} height={height} viewBox={`0 0 ${W} ${height}`} className="plot" role="img" aria-label={label}>
        <Axes x={x} y={y as unknown as typeof x} xLabel={xLabel} yLabel={yLabel} xTicks={Math.max(3, Math.round(W / 90))} yTicks={4} />
        {points.map((p, i) => (
          <path key={series[i].label} className={`curve ${series[i].className ?? 'curve-function'}`} d={path(p) ?? ''} />
        ))}
      </svg>
    </div>
  );
}
