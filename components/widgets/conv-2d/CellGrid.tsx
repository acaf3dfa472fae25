'use client';

import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { fmt } from './model';
import type { Grid } from './presets';
import styles from './Conv2d.module.css';

const LEVELS = 12;

/** Fill for a colour level: blue for positive, vermillion for negative, stronger with |v|. */
function levelFill(level: number): string {
  if (level === 0) return 'var(--bg)';
  const strength = Math.round((Math.abs(level) / LEVELS) * 55);
  return `color-mix(in srgb, var(${level > 0 ? '--c-blue' : '--c-vermillion'}) ${strength}%, var(--bg))`;
}

interface CellsProps {
  grid: Grid;
  cell: number;
  pad: number;
  max: number;
  showNumbers: boolean;
}

/**
 * The coloured cells, memoised so a hover only redraws the overlay. Cells are grouped into one
 * path per colour level (at most 2·12 + 2 paths), so a 64 × 64 map is a handful of DOM nodes; the
 * numbers themselves are drawn only when the cells are big enough to read them.
 */
const Cells = memo(function Cells({ grid, cell, pad, max, showNumbers }: CellsProps) {
  const paths = new Map<number, string[]>();
  const padParts: string[] = [];
  const texts = [];
  const font = Math.max(9, Math.min(22, cell * 0.34));
  const square = (x: number, y: number) => `M${x} ${y}h${cell}v${cell}h${-cell}z`;
  for (let r = -pad; r < grid.rows + pad; r++) {
    for (let c = -pad; c < grid.cols + pad; c++) {
      const x = (c + pad) * cell;
      const y = (r + pad) * cell;
      const inside = r >= 0 && r < grid.rows && c >= 0 && c < grid.cols;
      const v = inside ? grid.data[r * grid.cols + c] : 0;
      if (inside) {
        const level = Math.round((Math.max(-max, Math.min(max, v)) / max) * LEVELS);
        const list = paths.get(level) ?? [];
        list.push(square(x, y));
        paths.set(level, list);
      } else {
        padParts.push(square(x, y));
      }
      if (showNumbers) {
        texts.push(
          <text key={`${r},${c}`} x={x + cell / 2} y={y + cell / 2} className={inside ? styles.cellText : styles.padText} fontSize={font}>
            {fmt(v)}
          </text>,
        );
      }
    }
  }
  return (
    <g>
      {padParts.length > 0 && <path className={styles.padCell} d={padParts.join('')} />}
      {[...paths].map(([level, parts]) => (
        <path key={level} className={styles.cell} style={{ fill: levelFill(level) }} d={parts.join('')} />
      ))}
      {texts}
    </g>
  );
});

export interface Mark {
  row: number;
  col: number;
}

interface CellGridProps {
  grid: Grid;
  /** Zero rows/columns drawn around the grid (the padding), dashed. */
  pad?: number;
  width: number;
  label: string;
  /** Cells outlined as the receptive field (may lie in the padding). */
  field?: readonly Mark[];
  /** The keyboard/mouse cursor. */
  cursor?: Mark | null;
  cursorLabel: string;
  onPointerCell?: (row: number, col: number, kind: 'down' | 'drag' | 'hover') => void;
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  testId?: string;
}

export const MAX_CELL = 64;

/** A grid of numbers drawn at the container's width; one focusable element with a roving cursor. */
export function CellGrid({ grid, pad = 0, width, label, field = [], cursor, cursorLabel, onPointerCell, onKeyDown, testId }: CellGridProps) {
  const span = Math.max(grid.cols, grid.rows) + 2 * pad;
  const cell = Math.max(3, Math.min(MAX_CELL, Math.floor(width / span)));
  const w = (grid.cols + 2 * pad) * cell;
  const h = (grid.rows + 2 * pad) * cell;
  const max = maxAbsOf(grid);
  const dragging = useRef(false);

  function cellAt(e: PointerEvent<SVGSVGElement>): [number, number] | null {
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - box.left) / box.width) * (grid.cols + 2 * pad)) - pad;
    const row = Math.floor(((e.clientY - box.top) / box.height) * (grid.rows + 2 * pad)) - pad;
    if (row < 0 || row >= grid.rows || col < 0 || col >= grid.cols) return null;
    return [row, col];
  }

  return (
    <div className={styles.gridBox}>
      <svg
        className={styles.grid}
        width={w}
        height={h}
        viewBox={`0 0 ${w} ${h}`}
        role="application"
        aria-label={label}
        aria-describedby={testId ? `${testId}-cursor` : undefined}
        tabIndex={0}
        data-testid={testId}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          const at = cellAt(e);
          if (!at || !onPointerCell) return;
          dragging.current = true;
          e.currentTarget.setPointerCapture?.(e.pointerId);
          onPointerCell(at[0], at[1], 'down');
        }}
        onPointerMove={(e) => {
          const at = cellAt(e);
          if (!at || !onPointerCell) return;
          onPointerCell(at[0], at[1], dragging.current ? 'drag' : 'hover');
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onPointerCancel={() => {
          dragging.current = false;
        }}
      >
        <Cells grid={grid} cell={cell} pad={pad} max={max} showNumbers={cell >= 22} />
        {field.map(({ row, col }) => (
          <rect key={`f${row},${col}`} className={styles.fieldMark} x={(col + pad) * cell + 1.5} y={(row + pad) * cell + 1.5} width={cell - 3} height={cell - 3} />
        ))}
        {cursor && <rect className={styles.cursorMark} x={(cursor.col + pad) * cell} y={(cursor.row + pad) * cell} width={cell} height={cell} />}
      </svg>
      <p className={styles.cursorText} id={testId ? `${testId}-cursor` : undefined} aria-live="polite">
        {cursorLabel}
      </p>
    </div>
  );
}

function maxAbsOf(g: Grid): number {
  let max = 0;
  for (let k = 0; k < g.data.length; k++) max = Math.max(max, Math.abs(g.data[k]));
  return max || 1;
}

/** Arrow keys, Home/End and PageUp/PageDown move a cursor inside rows × cols; returns null for other keys. */
export function movedCursor(key: string, at: Mark, rows: number, cols: number): Mark | null {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'Home':
      return { row: at.row, col: 0 };
    case 'End':
      return { row: at.row, col: cols - 1 };
    case 'PageUp':
      return { row: 0, col: at.col };
    case 'PageDown':
      return { row: rows - 1, col: at.col };
    default:
      return null;
  }
}
