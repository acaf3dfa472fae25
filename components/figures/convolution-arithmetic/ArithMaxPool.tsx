// 2×2 max pooling with stride 2 on the 4×4 input of notes 003.
import { CellOutline, MatrixGrid } from '../convolution/grid';

const INPUT = [
  [0, 1, 2, 1],
  [3, 4, 5, 4],
  [6, 7, 8, 7],
  [2, 1, 4, 3],
];
const K = 2;
const CELL = 56;

const BLOCKS = [
  { color: 'var(--c-blue)', dashed: false },
  { color: 'var(--c-orange)', dashed: true },
  { color: 'var(--c-green)', dashed: true },
  { color: 'var(--c-purple)', dashed: false },
];

const tint = (color: string) => `color-mix(in srgb, ${color} 22%, var(--bg))`;

export function ArithMaxPool() {
  const out = Array.from({ length: INPUT.length / K }, (_, i) =>
    Array.from({ length: INPUT[0].length / K }, (_, j) => {
      let best = -Infinity;
      for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) best = Math.max(best, INPUT[i * K + a][j * K + b]);
      return best;
    }),
  );
  const block = (r: number, c: number) => Math.floor(r / K) * (INPUT[0].length / K) + Math.floor(c / K);
  const isMax = (r: number, c: number) => INPUT[r][c] === out[Math.floor(r / K)][Math.floor(c / K)];
  const ix = 40;
  const top = 50;
  const ox = ix + 4 * CELL + 110;
  const oTop = top + CELL;
  return (
    <svg viewBox="0 0 560 300" role="img" aria-labelledby="maxpool-title maxpool-desc" width="560">
      <title id="maxpool-title">Two by two max pooling with stride two</title>
      <desc id="maxpool-desc">
        A 4 by 4 input with rows 0 1 2 1, 3 4 5 4, 6 7 8 7 and 2 1 4 3 is split into four 2 by 2 windows. Their maxima are
        4, 5, 7 and 8, which form the 2 by 2 output 4 5, 7 8.
      </desc>
      <text x={ix + 2 * CELL} y={top - 18} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">input (4 × 4)</text>
      <text x={ox + CELL} y={top - 18} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">max pooled (2 × 2)</text>
      <MatrixGrid
        x={ix}
        y={top}
        cell={CELL}
        values={INPUT}
        fontSize={20}
        style={(r, c) => ({ fill: tint(BLOCKS[block(r, c)].color), bold: isMax(r, c) })}
      />
      {INPUT.flatMap((row, r) =>
        row.map((_, c) =>
          isMax(r, c) ? (
            <circle key={`${r}-${c}`} cx={ix + c * CELL + CELL / 2} cy={top + r * CELL + CELL / 2} r={17} fill="none" stroke="var(--fg)" strokeWidth={2} />
          ) : null,
        ),
      )}
      {BLOCKS.map((b, k) => (
        <CellOutline key={k} x={ix} y={top} cell={CELL} r0={Math.floor(k / 2) * K} c0={(k % 2) * K} rows={K} cols={K} color={b.color} dashed={b.dashed} />
      ))}
      <text x={ix + 4 * CELL + 55} y={top + 2 * CELL - 14} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">max of</text>
      <text x={ix + 4 * CELL + 55} y={top + 2 * CELL + 10} textAnchor="middle" fontSize={26} fill="var(--fg-muted)">→</text>
      <text x={ix + 4 * CELL + 55} y={top + 2 * CELL + 34} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">each window</text>
      <MatrixGrid
        x={ox}
        y={oTop}
        cell={CELL}
        values={out}
        fontSize={20}
        style={(r, c) => ({ fill: tint(BLOCKS[r * 2 + c].color), bold: true })}
      />
      {BLOCKS.map((b, k) => (
        <CellOutline key={`o${k}`} x={ox} y={oTop} cell={CELL} r0={Math.floor(k / 2)} c0={k % 2} rows={1} cols={1} color={b.color} dashed={b.dashed} />
      ))}
    </svg>
  );
}
