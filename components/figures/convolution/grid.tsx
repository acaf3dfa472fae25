// Small SVG building blocks shared by the convolution figures (chapters 6 and 7): a matrix of
// square cells with optional numbers, and an outline around a block of cells.

export interface CellStyle {
  fill?: string;
  stroke?: string;
  dashed?: boolean;
  text?: string;
  bold?: boolean;
}

export interface MatrixGridProps {
  x: number;
  y: number;
  cell: number;
  values: readonly (readonly (number | string | null)[])[];
  /** Per-cell styling; defaults give a soft background and a thin border. */
  style?: (row: number, col: number, value: number | string | null) => CellStyle;
  fontSize?: number;
  format?: (value: number) => string;
}

/** Minus signs as in the text (U+2212), so −3 reads like the math rather than a hyphen. */
export function formatNumber(value: number): string {
  return value < 0 ? `−${Math.abs(value)}` : String(value);
}

export function MatrixGrid({ x, y, cell, values, style, fontSize = 16, format = formatNumber }: MatrixGridProps) {
  return (
    <g>
      {values.map((row, r) =>
        row.map((value, c) => {
          const s = style?.(r, c, value) ?? {};
          const label = value === null ? '' : typeof value === 'number' ? format(value) : value;
          return (
            <g key={`${r}-${c}`}>
              <rect
                x={x + c * cell}
                y={y + r * cell}
                width={cell}
                height={cell}
                fill={s.fill ?? 'var(--bg-soft)'}
                stroke={s.stroke ?? 'var(--border)'}
                strokeWidth={1}
                strokeDasharray={s.dashed ? '4 3' : undefined}
              />
              {label !== '' && (
                <text
                  x={x + c * cell + cell / 2}
                  y={y + r * cell + cell / 2}
                  dominantBaseline="central"
                  textAnchor="middle"
                  fontSize={fontSize}
                  fontWeight={s.bold ? 700 : 400}
                  fill={s.text ?? 'var(--fg)'}
                >
                  {label}
                </text>
              )}
            </g>
          );
        }),
      )}
    </g>
  );
}

/** A thick outline around rows r0…r0+rows−1 and columns c0…c0+cols−1 of a grid at (x, y). */
export function CellOutline({ x, y, cell, r0, c0, rows, cols, color = 'var(--accent)', dashed = false, width = 3 }: {
  x: number; y: number; cell: number; r0: number; c0: number; rows: number; cols: number;
  color?: string; dashed?: boolean; width?: number;
}) {
  return (
    <rect
      x={x + c0 * cell}
      y={y + r0 * cell}
      width={cols * cell}
      height={rows * cell}
      fill="none"
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dashed ? '7 4' : undefined}
      rx={2}
    />
  );
}

/** Cross-correlation of an image with a kernel at the fully overlapping positions (as conv2d does). */
export function crossCorrelate(image: readonly (readonly number[])[], kernel: readonly (readonly number[])[]): number[][] {
  const rows = image.length - kernel.length + 1;
  const cols = image[0].length - kernel[0].length + 1;
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let s = 0;
      kernel.forEach((kr, a) => kr.forEach((k, b) => { s += k * image[i + a][j + b]; }));
      return s;
    }),
  );
}
