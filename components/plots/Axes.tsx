import type { ScaleLinear } from 'd3';

interface AxesProps {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** Approximate tick counts; d3 picks round numbers near them. */
  xTicks?: number;
  yTicks?: number;
  xLabel?: string;
  yLabel?: string;
}

/**
 * Grid lines, zero lines and tick labels for a pair of d3 linear scales. d3 computes the ticks;
 * React draws them, so the plot re-renders like any other component.
 */
export function Axes({ x, y, xTicks = 8, yTicks = 6, xLabel, yLabel }: AxesProps) {
  const [x0, x1] = x.range();
  const [y0, y1] = y.range();
  const xFormat = x.tickFormat(xTicks);
  const yFormat = y.tickFormat(yTicks);
  const [xMin, xMax] = x.domain();
  const [yMin, yMax] = y.domain();
  return (
    <g className="axes" aria-hidden="true">
      {x.ticks(xTicks).map((t) => (
        <g key={`x${t}`}>
          <line className="grid-line" x1={x(t)} x2={x(t)} y1={y0} y2={y1} />
          <text className="tick-label" x={x(t)} y={y0 + 16} textAnchor="middle">
            {xFormat(t)}
          </text>
        </g>
      ))}
      {y.ticks(yTicks).map((t) => (
        <g key={`y${t}`}>
          <line className="grid-line" x1={x0} x2={x1} y1={y(t)} y2={y(t)} />
          <text className="tick-label" x={x0 - 6} y={y(t)} dy="0.32em" textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      {yMin <= 0 && yMax >= 0 && <line className="zero-line" x1={x0} x2={x1} y1={y(0)} y2={y(0)} />}
      {xMin <= 0 && xMax >= 0 && <line className="zero-line" x1={x(0)} x2={x(0)} y1={y0} y2={y1} />}
      {xLabel && (
        <text className="axis-label" x={x1} y={y0 + 32} textAnchor="end">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text className="axis-label" x={x0} y={y1 - 8} textAnchor="start">
          {yLabel}
        </text>
      )}
    </g>
  );
}
