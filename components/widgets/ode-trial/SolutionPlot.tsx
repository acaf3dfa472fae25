'use client';

import { line, scaleLinear } from 'd3';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import type { Curves } from './network';

const M = { top: 14, right: 14, bottom: 36, left: 56 };

interface Props {
  curves: Curves;
  /** Collocation points with the trial solution's value there. */
  points: readonly { x: number; g: number }[];
}

/** The exact solution g₀e^{−γx} (solid), the trial solution (dashed) and the collocation points (triangles). */
export function SolutionPlot({ curves, points }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(560);
  const W = Math.max(260, width);
  const H = Math.round(Math.min(300, Math.max(210, W * 0.5)));
  const finite = [...curves.exact, ...curves.trial].filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const pad = 0.05 * (hi - lo || 1);
  const x = scaleLinear().domain([0, 1]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([lo - pad, hi + pad]).range([H - M.bottom, M.top]).nice();
  const path = (ys: readonly number[]) =>
    line<number>()
      .defined((v) => Number.isFinite(v))
      .x((_, i) => x(curves.x[i]))
      .y((v) => y(v))(ys as number[]) ?? '';
  const tri = (cx: number, cy: number) => `M${cx},${cy - 6}L${cx + 5.5},${cy + 4}L${cx - 5.5},${cy + 4}Z`;
  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="plot" role="img" aria-label="The network's trial solution against the exact solution on 0 to 1">
        <Axes x={x} y={y} xLabel="x" yLabel="g(x)" xTicks={Math.max(3, Math.round(W / 90))} yTicks={5} />
        <path className="curve curve-function" d={path(curves.exact)} />
        <path className="curve curve-derivative" d={path(curves.trial)} />
        {points.map((p) =>
          Number.isFinite(p.g) && Math.abs(p.g) < 1e6 ? <path key={p.x} className="ode-point" d={tri(x(p.x), y(Math.min(hi + pad, Math.max(lo - pad, p.g))))} /> : null,
        )}
      </svg>
    </div>
  );
}
