'use client';

import { line, scaleLinear } from 'd3';
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import { fmt, probe, sample, saturatedIntervals, SATURATION_THRESHOLD, type Activation } from './model';

const M = { top: 16, right: 14, bottom: 40, left: 46 };

interface Props {
  activation: Activation;
  alpha: number;
  x: number;
  range: number;
  showDerivative: boolean;
  showTangent: boolean;
  onMove: (x: number) => void;
}

/** f and f′ over [−range, range], the saturated regions hatched, and a draggable point at x. */
export function ActivationPlot({ activation, alpha, x, range, showDerivative, showTangent, onMove }: Props) {
  const [holder, W] = useWidth<HTMLDivElement>(640);
  const H = Math.round(Math.min(460, Math.max(240, W * 0.58)));
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const hatchId = useId();

  const { xScale, yScale, fPath, dfPath, saturated } = useMemo(() => {
    const f = sample((t) => activation.f(t, alpha), -range, range);
    const df = sample((t) => activation.df(t, alpha), -range, range);
    const ys = [...f, ...(showDerivative ? df : [])].map((p) => p.y);
    const lo = Math.min(-0.2, ...ys);
    const hi = Math.max(1.2, ...ys);
    const pad = 0.06 * (hi - lo);
    const xScale = scaleLinear().domain([-range, range]).range([M.left, W - M.right]);
    const yScale = scaleLinear().domain([lo - pad, hi + pad]).range([H - M.bottom, M.top]).nice();
    const path = line<{ x: number; y: number }>()
      .x((p) => xScale(p.x))
      .y((p) => yScale(p.y));
    // The Heaviside step and ReLU-type kinks are drawn with their jump as a vertical segment.
    return {
      xScale,
      yScale,
      fPath: path(f) ?? '',
      dfPath: path(df) ?? '',
      saturated: saturatedIntervals(activation, alpha, -range, range),
    };
  }, [activation, alpha, range, showDerivative, W, H]);

  const at = probe(activation, x, alpha);
  const clampX = (v: number) => Math.min(range, Math.max(-range, Math.round(v * 100) / 100));

  function moveTo(event: PointerEvent<SVGSVGElement>) {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const viewX = ((event.clientX - box.left) / box.width) * W;
    onMove(clampX(xScale.invert(viewX)));
  }

  function onKeyDown(event: KeyboardEvent<SVGCircleElement>) {
    const step = event.shiftKey ? 1 : 0.1;
    const moves: Record<string, number> = {
      ArrowRight: x + step,
      ArrowUp: x + step,
      ArrowLeft: x - step,
      ArrowDown: x - step,
      PageUp: x + 1,
      PageDown: x - 1,
      Home: -range,
      End: range,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    onMove(clampX(moves[event.key]));
  }

  const tangentX = [Math.max(-range, x - range / 3), Math.min(range, x + range / 3)];

  return (
    <div ref={holder}>
      <svg
        ref={svg}
        width={W}
        height={H}
        className="plot activation-plot"
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label={`${activation.label} and its derivative from ${-range} to ${range}`}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => dragging.current && moveTo(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <defs>
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="saturation-fill" />
            <line x1="0" y1="0" x2="0" y2="8" className="saturation-hatch" />
          </pattern>
        </defs>
        {saturated.map(([a, b]) => (
          <rect
            key={`${a}:${b}`}
            x={xScale(a)}
            width={Math.max(0, xScale(b) - xScale(a))}
            y={M.top}
            height={H - M.top - M.bottom}
            fill={`url(#${hatchId})`}
          >
            <title>{`Saturated: |f′(x)| < ${SATURATION_THRESHOLD}`}</title>
          </rect>
        ))}
        <clipPath id={`${hatchId}-clip`}>
          <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
        </clipPath>
        <Axes x={xScale} y={yScale} xLabel="x" xTicks={Math.max(3, Math.round(W / 80))} yTicks={Math.max(3, Math.round(H / 55))} />
        <g clipPath={`url(#${hatchId}-clip)`}>
          {showDerivative && <path className="curve curve-derivative" d={dfPath} />}
          <path className="curve curve-function" d={fPath} />
          {showTangent && Number.isFinite(at.slope) && (
            <line
              className="tangent"
              x1={xScale(tangentX[0])}
              x2={xScale(tangentX[1])}
              y1={yScale(at.tangent(tangentX[0]))}
              y2={yScale(at.tangent(tangentX[1]))}
            />
          )}
        </g>
        <line className="probe-line" x1={xScale(x)} x2={xScale(x)} y1={M.top} y2={H - M.bottom} />
        {showDerivative && <circle className="probe-derivative" cx={xScale(x)} cy={yScale(at.slope)} r={5} />}
        <circle
          className="probe-handle"
          cx={xScale(x)}
          cy={yScale(at.y)}
          r={9}
          tabIndex={0}
          role="slider"
          aria-label="Point on the curve: x"
          aria-valuemin={-range}
          aria-valuemax={range}
          aria-valuenow={x}
          aria-valuetext={`x = ${fmt(x)}, f(x) = ${fmt(at.y)}, f′(x) = ${fmt(at.slope)}`}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
        />
      </svg>
    </div>
  );
}
