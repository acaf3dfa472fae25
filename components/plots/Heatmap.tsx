'use client';

import { interpolateViridis, scaleSequential } from 'd3';
import { useId, useRef, type KeyboardEvent } from 'react';
import styles from './Heatmap.module.css';
import { useWidth } from './use-width';

export interface HeatmapCell {
  /** The value coloured by the scale; null for a cell with no value (pending or failed). */
  value: number | null;
  /** Short text drawn in the cell, e.g. "95.8". */
  text: string;
  /** What a screen reader hears for the cell, in words. */
  label: string;
  /** Hatched with a cross: a cell whose value is missing for a reason (e.g. a diverged run). */
  marked?: boolean;
}

export interface HeatmapProps {
  /** rows × columns of cells, row 0 drawn at the top. */
  cells: readonly (readonly HeatmapCell[])[];
  rowLabels: readonly string[];
  colLabels: readonly string[];
  rowTitle: string;
  colTitle: string;
  /** Accessible name of the whole heatmap. */
  label: string;
  /** Value range of the colour scale. */
  domain: readonly [number, number];
  /** Formats a legend tick. */
  format?: (v: number) => string;
  legendTitle: string;
  /** Legend text for marked cells and for cells with no value. */
  markedText?: string;
  emptyText?: string;
  selected: { row: number; col: number } | null;
  onSelect: (row: number, col: number) => void;
}

const LEFT = 52;
const TOP = 44;
const LEGEND_H = 44;

/**
 * A grid of coloured cells on the viridis scale (ordered in lightness, readable with every common
 * colour-vision deficiency), with the value written in each cell so colour is never the only cue.
 * Each cell is a button: click it, or move between cells with the arrow keys and press Enter.
 */
export function Heatmap(props: HeatmapProps) {
  const { cells, rowLabels, colLabels, rowTitle, colTitle, label, domain, format = String, legendTitle, selected, onSelect } = props;
  const [holder, width] = useWidth<HTMLDivElement>(520);
  const ids = useId();
  const refs = useRef(new Map<string, SVGGElement>());
  const rows = cells.length;
  const cols = colLabels.length;
  const W = Math.max(260, width);
  const cellW = (W - LEFT - 4) / Math.max(1, cols);
  const cellH = Math.round(Math.max(34, Math.min(52, cellW * 0.62)));
  const gridH = TOP + rows * cellH;
  const H = gridH + 16 + LEGEND_H;
  const colour = scaleSequential(interpolateViridis).domain(domain as [number, number]);
  const focusRow = selected?.row ?? 0;
  const focusCol = selected?.col ?? 0;

  function move(event: KeyboardEvent<SVGGElement>, row: number, col: number) {
    const steps: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row, col);
      return;
    }
    let target: [number, number] | null = null;
    if (event.key in steps) {
      const [dr, dc] = steps[event.key];
      target = [Math.min(rows - 1, Math.max(0, row + dr)), Math.min(cols - 1, Math.max(0, col + dc))];
    } else if (event.key === 'Home') target = [row, 0];
    else if (event.key === 'End') target = [row, cols - 1];
    if (!target) return;
    event.preventDefault();
    refs.current.get(`${target[0]},${target[1]}`)?.focus();
  }

  const legendW = Math.min(260, W - LEFT - 8);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => domain[0] + t * (domain[1] - domain[0]));

  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className={`plot ${styles.svg}`} role="group" aria-label={label}>
        <defs>
          <pattern id={`${ids}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="var(--bg-soft, var(--bg))" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="var(--c-vermillion)" strokeWidth="3" />
          </pattern>
          <linearGradient id={`${ids}-ramp`}>
            {[0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => (
              <stop key={t} offset={t} stopColor={interpolateViridis(t)} />
            ))}
          </linearGradient>
        </defs>
        <text className="axis-label" x={LEFT} y={14}>
          {colTitle}
        </text>
        {colLabels.map((c, j) => (
          <text key={c} className="tick-label" x={LEFT + (j + 0.5) * cellW} y={TOP - 6} textAnchor="middle">
            {c}
          </text>
        ))}
        <text className="axis-label" x={4} y={TOP - 6}>
          {rowTitle}
        </text>
        {rowLabels.map((r, i) => (
          <text key={r} className="tick-label" x={LEFT - 6} y={TOP + (i + 0.5) * cellH} dy="0.32em" textAnchor="end">
            {r}
          </text>
        ))}
        {cells.map((row, i) =>
          row.map((cell, j) => {
            const x = LEFT + j * cellW;
            const y = TOP + i * cellH;
            const isSelected = selected?.row === i && selected?.col === j;
            const fill = cell.marked ? `url(#${ids}-hatch)` : cell.value === null ? 'var(--bg)' : colour(cell.value);
            // Dark text on the light (yellow-green) end of viridis, light text on the dark end.
            const light = cell.value !== null && !cell.marked && (cell.value - domain[0]) / (domain[1] - domain[0] || 1) > 0.55;
            return (
              <g
                key={`${i},${j}`}
                ref={(el) => {
                  if (el) refs.current.set(`${i},${j}`, el);
                  else refs.current.delete(`${i},${j}`);
                }}
                className={styles.cell}
                role="button"
                tabIndex={i === focusRow && j === focusCol ? 0 : -1}
                aria-label={cell.label}
                aria-pressed={isSelected}
                onClick={() => onSelect(i, j)}
                onKeyDown={(e) => move(e, i, j)}
              >
                <rect x={x + 1} y={y + 1} width={cellW - 2} height={cellH - 2} fill={fill} stroke={cell.value === null && !cell.marked ? 'var(--border)' : 'none'} strokeDasharray={cell.value === null && !cell.marked ? '3 3' : undefined} />
                <text
                  x={x + cellW / 2}
                  y={y + cellH / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  className={styles.text}
                  fill={cell.marked || cell.value === null ? 'var(--fg)' : light ? '#111' : '#fff'}
                >
                  {cell.text}
                </text>
                <rect className={styles.focusRing} x={x + 1} y={y + 1} width={cellW - 2} height={cellH - 2} />
                {isSelected && <rect className={styles.selected} x={x + 2.5} y={y + 2.5} width={cellW - 5} height={cellH - 5} fill="none" />}
              </g>
            );
          }),
        )}
        <g aria-hidden="true" transform={`translate(${LEFT}, ${gridH + 16})`}>
          <text className="tick-label" x={0} y={0}>
            {legendTitle}
          </text>
          <rect x={0} y={6} width={legendW} height={12} fill={`url(#${ids}-ramp)`} />
          {ticks.map((t, k) => (
            <text key={t} className="tick-label" x={(k / 4) * legendW} y={34} textAnchor={k === 0 ? 'start' : k === 4 ? 'end' : 'middle'}>
              {format(t)}
            </text>
          ))}
        </g>
      </svg>
      {(props.markedText || props.emptyText) && (
        <ul className="plot-legend">
          {props.markedText && (
            <li>
              <svg width="22" height="14" aria-hidden="true" className={styles.key}>
                <rect width="22" height="14" fill={`url(#${ids}-hatch)`} />
              </svg>{' '}
              {props.markedText}
            </li>
          )}
          {props.emptyText && (
            <li>
              <svg width="22" height="14" aria-hidden="true" className={styles.key}>
                <rect x="1" y="1" width="20" height="12" fill="none" stroke="var(--border)" strokeDasharray="3 3" />
              </svg>{' '}
              {props.emptyText}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
