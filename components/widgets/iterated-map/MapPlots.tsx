'use client';

import { line, scaleLinear } from 'd3';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import { fmt, LOG_FLOOR, probe, sampleCurve } from './model';
import styles from './IteratedMap.module.css';

const M = { top: 26, right: 14, bottom: 36, left: 56 };

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

interface Props {
  n: number;
  x: number;
  onMove: (x: number) => void;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));

/** fⁿ on [0, 1] above, |d fⁿ/dx| on a log axis below, and one draggable probe shared by both. */
export function MapPlots({ n, x, onMove }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(640);
  const W = Math.max(280, width);
  const H1 = Math.round(Math.min(300, Math.max(200, W * 0.42)));
  const H2 = Math.round(Math.min(260, Math.max(180, W * 0.36)));
  const dragging = useRef(false);

  const { xs, yTop, yLog, valuePath, slopePath } = useMemo(() => {
    const curve = sampleCurve(n);
    const xs = scaleLinear().domain([0, 1]).range([M.left, W - M.right]);
    const yTop = scaleLinear().domain([0, 1]).range([H1 - M.bottom, M.top]);
    // The lower plot is drawn in log₁₀ units, so its ticks are the exponents −6, −4, …
    const top = Math.ceil(Math.log10(Math.max(10, ...curve.slope)));
    const yLog = scaleLinear().domain([Math.log10(LOG_FLOOR), top]).range([H2 - M.bottom, M.top]);
    const pts = (ys: number[]) => curve.x.map((cx, i) => ({ x: cx, y: ys[i] }));
    const valuePath = line<{ x: number; y: number }>().x((p) => xs(p.x)).y((p) => yTop(p.y))(pts(curve.value)) ?? '';
    const slopePath =
      line<{ x: number; y: number }>()
        .x((p) => xs(p.x))
        .y((p) => yLog(Math.log10(Math.max(LOG_FLOOR, p.y))))(pts(curve.slope)) ?? '';
    return { xs, yTop, yLog, valuePath, slopePath };
  }, [n, W, H1, H2]);

  const at = probe(x, n);

  function moveTo(event: PointerEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    onMove(clamp01(xs.invert(((event.clientX - box.left) / box.width) * W)));
  }
  const pointer = {
    onPointerDown: (e: PointerEvent<SVGSVGElement>) => {
      dragging.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      moveTo(e);
    },
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => dragging.current && moveTo(e),
    onPointerUp: () => (dragging.current = false),
    onPointerCancel: () => (dragging.current = false),
  };

  function onKeyDown(event: KeyboardEvent<SVGCircleElement>) {
    const step = event.shiftKey ? 0.1 : 0.01;
    const moves: Record<string, number> = {
      ArrowRight: x + step,
      ArrowUp: x + step,
      ArrowLeft: x - step,
      ArrowDown: x - step,
      PageUp: x + 0.1,
      PageDown: x - 0.1,
      Home: 0,
      End: 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    onMove(clamp01(moves[event.key]));
  }

  const ticks = Math.max(3, Math.round(W / 90));
  const logY = Math.log10(Math.max(LOG_FLOOR, Math.abs(at.derivative)));
  return (
    <div ref={holder} className={styles.plots}>
      <svg width={W} height={H1} viewBox={`0 0 ${W} ${H1}`} className={`plot ${styles.mapPlot}`} role="group" aria-label={`f composed ${n} times on 0 to 1`} data-testid="im-top" {...pointer}>
        <Axes x={xs} y={yTop} xTicks={ticks} yTicks={4} xLabel="x₀" yLabel={`f${sup(n)}(x₀)`} />
        <path className="curve curve-function" d={valuePath} />
        <line className="probe-line" x1={xs(x)} x2={xs(x)} y1={M.top} y2={H1 - M.bottom} />
        <circle
          className="probe-handle"
          cx={xs(x)}
          cy={yTop(at.value)}
          r={9}
          tabIndex={0}
          role="slider"
          aria-label="Starting point x₀"
          aria-valuemin={0}
          aria-valuemax={1}
          aria-valuenow={x}
          aria-valuetext={`x₀ = ${fmt(x)}, f^${n}(x₀) = ${fmt(at.value)}, derivative ${fmt(at.derivative)}`}
          onKeyDown={onKeyDown}
        />
      </svg>
      <svg width={W} height={H2} viewBox={`0 0 ${W} ${H2}`} className="plot" role="img" aria-label={`Absolute derivative of f composed ${n} times, log scale`} {...pointer}>
        <Axes x={xs} y={yLog} xTicks={ticks} yTicks={5} xLabel="x₀" yLabel={`log₁₀ |d f${sup(n)}/dx|`} />
        <line className={styles.unitLine} x1={M.left} x2={W - M.right} y1={yLog(0)} y2={yLog(0)} />
        <path className="curve curve-derivative" d={slopePath} />
        <line className="probe-line" x1={xs(x)} x2={xs(x)} y1={M.top} y2={H2 - M.bottom} />
        <rect className={styles.slopeMarker} x={xs(x) - 6} y={yLog(logY) - 6} width={12} height={12} />
      </svg>
    </div>
  );
}
