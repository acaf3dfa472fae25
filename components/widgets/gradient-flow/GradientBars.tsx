'use client';

import { scaleBand, scaleLinear, scaleLog } from 'd3';
import { useWidth } from '@/components/plots/use-width';
import { formatNumber, powerOfTen, type FlowResult } from './model';
import type { MeanField } from './mean-field';
import type { GradientView } from './state';

interface Props {
  result: FlowResult;
  view: GradientView;
  log: boolean;
  prediction: MeanField;
}

interface Bar {
  key: string;
  label: string;
  value: number;
  predicted: number | null;
  top?: boolean;
}

const M = { top: 26, right: 12, bottom: 38, left: 70 };

/**
 * Gradient size per layer after one backward pass: RMS of δ^l (with the error fed in at the top as
 * the last bar and the wide-layer prediction as a diamond) or the norm of ∂C/∂W^l.
 */
export function GradientBars({ result, view, log, prediction }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(480);
  const W = Math.max(280, width);
  const H = Math.round(Math.min(300, Math.max(220, W * 0.5)));
  const top = prediction.topSlopeRms * result.topErrorRms;
  const bars: Bar[] = result.layers.map((l, i) => ({
    key: `L${l.layer}`,
    label: String(l.layer),
    value: view === 'errors' ? l.errorRms : l.weightGradNorm,
    predicted: view === 'errors' ? top * prediction.relativeError[i] : null,
  }));
  if (view === 'errors') bars.push({ key: 'top', label: 'in', value: result.topErrorRms, predicted: null, top: true });

  const values = bars.flatMap((b) => [b.value, b.predicted ?? b.value]).filter((v) => Number.isFinite(v) && (!log || v > 0));
  const hi = Math.max(...values, 1e-300);
  const lo = Math.min(...values, hi);
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([M.left, W - M.right])
    .padding(0.22);
  const y = (log ? scaleLog().domain([lo / 2, hi * 2]) : scaleLinear().domain([0, hi * 1.08]))
    .range([H - M.bottom, M.top])
    .nice();
  const baseline = y.range()[0];
  // Powers of ten on a log axis (d3's log ticks would add 2, 3, … 9 within a decade).
  const ticks = log ? y.ticks(5).filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9) : y.ticks(4);
  const shownTicks = ticks.length > 6 ? ticks.filter((_, i) => i % Math.ceil(ticks.length / 6) === 0) : ticks;
  const what = view === 'errors' ? 'RMS of δˡ = ∂C/∂zˡ' : '‖∂C/∂Wˡ‖';

  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="plot" role="img" aria-label={`${what} for layers 1 to 10${log ? ', logarithmic scale' : ''}`}>
        <g aria-hidden="true">
          {shownTicks.map((t) => (
            <g key={t}>
              <line className="grid-line" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
              <text className="tick-label" x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {log ? powerOfTen(t) : formatNumber(t, 2)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={M.left} y={M.top - 4} textAnchor="start">
            {what}
          </text>
        </g>
        {bars.map((b) => {
          const x0 = x(b.key) ?? 0;
          const v = Number.isFinite(b.value) && (!log || b.value > 0) ? b.value : null;
          const yTop = v === null ? baseline : Math.max(M.top, y(v));
          return (
            <g key={b.key}>
              <rect
                x={x0}
                width={x.bandwidth()}
                y={yTop}
                height={Math.max(0, baseline - yTop)}
                fill={b.top ? 'none' : 'var(--plot-fn)'}
                stroke="var(--plot-fn)"
                strokeWidth={b.top ? 2 : 0}
                strokeDasharray={b.top ? '5 3' : undefined}
              >
                <title>{`${b.top ? 'Error fed in at the top, ∂C/∂a¹⁰' : `Layer ${b.label}`}: ${formatNumber(b.value)}`}</title>
              </rect>
              {b.predicted !== null && Number.isFinite(b.predicted) && (!log || b.predicted > 0) && (
                <path
                  d={`M${x0 + x.bandwidth() / 2},${y(b.predicted) - 6}l6,6l-6,6l-6,-6z`}
                  fill="var(--c-orange)"
                  stroke="var(--fg)"
                  strokeWidth={1}
                />
              )}
              <text className="tick-label" x={x0 + x.bandwidth() / 2} y={H - M.bottom + 16} textAnchor="middle">
                {b.label}
              </text>
            </g>
          );
        })}
        <text className="axis-label" x={W - M.right} y={H - 6} textAnchor="end">
          layer
        </text>
      </svg>
    </div>
  );
}
