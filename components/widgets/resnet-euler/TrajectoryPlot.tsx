'use client';

import { line, scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import type { Field, Run } from './model';
import styles from './ResnetEuler.module.css';

const M = { top: 14, right: 14, bottom: 40, left: 46 };

interface Props {
  field: Field;
  result: Run;
  h: number;
  n: number;
}

type P = [number, number];

/** 1D: x against t; 2D: the (x, y) plane. Exact solution solid, the Euler steps dashed with dots. */
export function TrajectoryPlot({ field, result, h, n }: Props) {
  const [holder, W] = useWidth<HTMLDivElement>(640);
  const clip = useId();
  const planar = field.x0.length === 2;
  const H = planar ? Math.round(Math.min(440, Math.max(260, W * 0.75))) : Math.round(Math.min(380, Math.max(220, W * 0.5)));
  const T = n * h;

  const view = useMemo(() => {
    const fine = Array.from({ length: 241 }, (_, i) => (T * i) / 240);
    const exactPts: P[] = planar ? fine.map((t) => field.exact(t) as P) : fine.map((t) => [t, field.exact(t)[0]]);
    const eulerPts: P[] = planar ? result.euler.map((x) => [x[0], x[1]]) : result.euler.map((x, k) => [k * h, x[0]]);
    let x: ReturnType<typeof scaleLinear<number, number>>;
    let y: ReturnType<typeof scaleLinear<number, number>>;
    if (planar) {
      const reach = Math.max(...eulerPts.map(([a, b]) => Math.hypot(a, b)));
      const R = Math.max(1.2, Math.min(3, reach * 1.08));
      const aspect = (W - M.left - M.right) / (H - M.top - M.bottom);
      x = scaleLinear().domain([-R * Math.max(1, aspect), R * Math.max(1, aspect)]).range([M.left, W - M.right]);
      y = scaleLinear().domain([-R * Math.max(1, 1 / aspect), R * Math.max(1, 1 / aspect)]).range([H - M.bottom, M.top]);
    } else {
      const ex = exactPts.map((p) => p[1]);
      const eu = eulerPts.map((p) => p[1]).filter(Number.isFinite);
      const lo0 = Math.min(...ex, 0);
      const hi0 = Math.max(...ex);
      const span = Math.max(1, hi0 - lo0);
      const lo = Math.max(lo0 - 1.5 * span, Math.min(lo0, ...eu));
      const hi = Math.min(hi0 + 1.5 * span, Math.max(hi0, ...eu));
      const pad = 0.06 * (hi - lo);
      x = scaleLinear().domain([0, T]).range([M.left, W - M.right]);
      y = scaleLinear().domain([lo - pad, hi + pad]).range([H - M.bottom, M.top]).nice();
    }
    const path = line<P>().x((p) => x(p[0])).y((p) => y(p[1]));
    return { x, y, exactPath: path(exactPts) ?? '', eulerPath: path(eulerPts) ?? '', eulerPts };
  }, [field, result, h, T, planar, W, H]);

  const dots = n <= 80;
  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="plot" role="img" aria-label={planar
        ? `The exact circle and ${n} Euler steps of size ${h} in the plane, ending ${result.error.toFixed(4)} away from the exact point.`
        : `x against t up to t = ${T.toFixed(3)}: the exact solution and ${n} Euler steps of size ${h}.`}>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top} width={Math.max(0, W - M.left - M.right)} height={Math.max(0, H - M.top - M.bottom)} />
        </clipPath>
        <Axes x={view.x} y={view.y} xLabel={planar ? 'x' : 't'} yLabel={planar ? 'y' : 'x'} xTicks={Math.max(3, Math.round(W / 90))} yTicks={5} />
        <g clipPath={`url(#${clip})`}>
          {planar && <circle className={styles.unitCircle} cx={view.x(0)} cy={view.y(0)} r={Math.abs(view.x(1) - view.x(0))} />}
          <path className="curve curve-function" d={view.exactPath} />
          <path className={`curve ${styles.euler}`} d={view.eulerPath} />
          {dots &&
            view.eulerPts.map(([a, b], k) =>
              Number.isFinite(a) && Number.isFinite(b) ? <circle key={k} className={styles.eulerDot} cx={view.x(a)} cy={view.y(b)} r={k === n ? 5.5 : 3.5} /> : null,
            )}
        </g>
      </svg>
    </div>
  );
}
