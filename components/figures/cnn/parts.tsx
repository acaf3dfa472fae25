// Small SVG pieces shared by the chapter's figures: an arrowhead marker and a grid of numbers.
import type { ReactNode } from 'react';

/** An arrowhead for `markerEnd="url(#id)"`. Ids must be unique on the page, so each figure passes its own. */
export function ArrowHead({ id, color = 'var(--fg-muted)' }: { id: string; color?: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={color} />
    </marker>
  );
}

export interface NumberGridProps {
  x: number;
  y: number;
  values: readonly (readonly number[])[];
  cell: number;
  /** Background of one cell; defaults to the soft background. */
  fill?: (value: number, row: number, col: number) => string;
  /** Text colour of one cell. */
  ink?: (value: number, row: number, col: number) => string;
  fontSize?: number;
  format?: (value: number) => string;
  children?: ReactNode;
}

/** A matrix drawn as a grid of cells with its numbers in them (negative numbers with a true minus sign). */
export function NumberGrid({ x, y, values, cell, fill, ink, fontSize = 16, format, children }: NumberGridProps) {
  const show = format ?? ((v: number) => (v < 0 ? `−${-v}` : `${v}`));
  return (
    <g>
      {values.map((row, r) =>
        row.map((v, c) => (
          <g key={`${r}-${c}`}>
            <rect
              x={x + c * cell}
              y={y + r * cell}
              width={cell}
              height={cell}
              fill={fill ? fill(v, r, c) : 'var(--bg-soft)'}
              stroke="var(--border)"
            />
            <text
              x={x + c * cell + cell / 2}
              y={y + r * cell + cell / 2}
              dominantBaseline="central"
              textAnchor="middle"
              fontSize={fontSize}
              fill={ink ? ink(v, r, c) : 'var(--fg)'}
            >
              {show(v)}
            </text>
          </g>
        )),
      )}
      {children}
    </g>
  );
}
