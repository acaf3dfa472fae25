'use client';

import { useId } from 'react';
import { useWidth } from '@/components/plots/use-width';
import { formatValue, type GridModel } from './grid';
import styles from './ConvArithmetic.module.css';

interface Props {
  grid: GridModel;
  /** 0-based index of the window shown; cells of the output before it are filled in. */
  position: number;
  /** Jump to the window that computes output cell `index` (mouse; the scrub slider is the keyboard path). */
  onPick: (index: number) => void;
  poolKind: 'max' | 'avg' | null;
}

const GAP = 28;

/** The padded input with the current window, and the output filling in, side by side or stacked. */
export function GridView({ grid, position, onPick, poolKind }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(560);
  const ids = useId();
  const outRows = grid.output.length;
  const outCols = grid.output[0]?.length ?? 0;
  const current = grid.positions[position];
  // One cell size for both grids; stacked when side by side would make cells smaller than 26 px.
  const sideBySide = (width - GAP) / (grid.paddedCols + outCols) >= 26;
  const across = sideBySide ? grid.paddedCols + outCols : Math.max(grid.paddedCols, outCols);
  const cell = Math.max(14, Math.min(44, Math.floor((width - (sideBySide ? GAP : 0) - 4) / across)));
  const showNumbers = cell >= 20;
  const font = Math.max(11, Math.min(17, Math.round(cell * 0.42)));
  const tapSet = new Map(current?.taps.map((t) => [`${t.r},${t.c}`, t]) ?? []);
  const inW = grid.paddedCols * cell;
  const inH = grid.paddedRows * cell;
  const outW = outCols * cell;
  const outH = outRows * cell;
  const hatch = `${ids}-hatch`.replace(/:/g, '');
  const label = current
    ? `Padded input, ${grid.paddedRows} by ${grid.paddedCols}. Window ${position + 1} reads ${current.taps.length} cells for output row ${current.row + 1}, column ${current.col + 1}: ${current.working}.`
    : 'Padded input';

  return (
    <div ref={holder} className={styles.grids}>
      <figure className={styles.gridFigure}>
        <figcaption className={styles.gridCaption}>Padded input</figcaption>
        <svg width={inW + 4} height={inH + 4} viewBox={`-2 -2 ${inW + 4} ${inH + 4}`} role="img" aria-label={label} className={styles.gridSvg}>
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--c-vermillion)" strokeWidth="2" />
            </pattern>
          </defs>
          {Array.from({ length: grid.paddedRows }, (_, r) =>
            Array.from({ length: grid.paddedCols }, (_, c) => {
              const ir = r - grid.padRows;
              const ic = c - grid.padCols;
              const padding = ir < 0 || ic < 0 || ir >= grid.input.length || ic >= (grid.input[0]?.length ?? 0);
              const unused = !grid.rowUsed[r] || !grid.colUsed[c];
              const tap = tapSet.get(`${r},${c}`);
              return (
                <g key={`${r},${c}`} transform={`translate(${c * cell},${r * cell})`}>
                  <rect
                    width={cell}
                    height={cell}
                    className={padding ? styles.padCell : styles.inCell}
                    strokeDasharray={padding ? '3 3' : undefined}
                  />
                  {unused && <rect width={cell} height={cell} fill={`url(#${hatch})`} opacity={0.55} />}
                  {tap && <rect width={cell} height={cell} className={styles.tapCell} />}
                  {showNumbers && (
                    <text x={cell / 2} y={cell / 2} dy="0.35em" textAnchor="middle" fontSize={font} className={padding ? styles.padText : styles.cellText}>
                      {padding ? (poolKind === 'max' ? '' : '0') : formatValue(grid.input[ir][ic])}
                    </text>
                  )}
                  {tap && tap.w !== null && cell >= 34 && (
                    <text x={cell - 3} y={cell - 4} textAnchor="end" fontSize={Math.max(10, font - 5)} className={styles.weightText}>
                      ×{formatValue(tap.w)}
                    </text>
                  )}
                </g>
              );
            }),
          )}
          {current && <WindowOutline taps={current.taps} cell={cell} />}
        </svg>
      </figure>
      <figure className={styles.gridFigure}>
        <figcaption className={styles.gridCaption}>Output</figcaption>
        <svg width={outW + 4} height={outH + 4} viewBox={`-2 -2 ${outW + 4} ${outH + 4}`} role="img" className={styles.gridSvg}
          aria-label={`Output, ${outRows} by ${outCols}; ${position + 1} of ${grid.positions.length} entries computed.`}>
          {grid.positions.map((p, index) => {
            const done = index <= position;
            const isCurrent = index === position;
            return (
              <g key={index} transform={`translate(${p.col * cell},${p.row * cell})`} onClick={() => onPick(index)} className={styles.outGroup}>
                <rect width={cell} height={cell} className={isCurrent ? styles.outCurrent : done ? styles.outDone : styles.outPending}
                  strokeDasharray={done ? undefined : '3 3'} />
                {done && showNumbers && (
                  <text x={cell / 2} y={cell / 2} dy="0.35em" textAnchor="middle" fontSize={font} className={styles.cellText} fontWeight={isCurrent ? 700 : 400}>
                    {formatValue(p.value)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </figure>
    </div>
  );
}

/** A thick outline around the window's bounding box (its taps are shaded; with dilation they have gaps). */
function WindowOutline({ taps, cell }: { taps: { r: number; c: number }[]; cell: number }) {
  if (taps.length === 0) return null;
  const r0 = Math.min(...taps.map((t) => t.r));
  const r1 = Math.max(...taps.map((t) => t.r));
  const c0 = Math.min(...taps.map((t) => t.c));
  const c1 = Math.max(...taps.map((t) => t.c));
  return (
    <rect x={c0 * cell} y={r0 * cell} width={(c1 - c0 + 1) * cell} height={(r1 - r0 + 1) * cell} className={styles.windowOutline} />
  );
}
