// Cross-correlation of the notes' 3×3 input with the 2×2 kernel, first window highlighted.
import { CellOutline, MatrixGrid, crossCorrelate } from './grid';

const INPUT = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
const KERNEL = [[0, 1], [2, 3]];
const CELL = 58;

export function ConvSlidingWindow() {
  const out = crossCorrelate(INPUT, KERNEL);
  const ix = 40;
  const kx = ix + 3 * CELL + 60;
  const ox = kx + 2 * CELL + 60;
  const top = 40;
  const terms = KERNEL.flatMap((row, a) => row.map((k, b) => `${INPUT[a][b]}·${k}`));
  const highlight = { fill: 'var(--note-bg)', stroke: 'var(--accent)', bold: true };
  return (
    <svg viewBox="0 0 600 300" role="img" aria-labelledby="sliding-title sliding-desc" width="600">
      <title id="sliding-title">A 2 by 2 kernel slid over a 3 by 3 input</title>
      <desc id="sliding-desc">
        The input rows are 0 1 2, 3 4 5, 6 7 8; the kernel rows are 0 1 and 2 3. The top-left 2 by 2 window of the input,
        0 1 3 4, is outlined; multiplied entry by entry with the kernel and summed it gives 19, the top-left output. The
        output rows are 19 25 and 37 43.
      </desc>
      <text x={ix + 1.5 * CELL} y={top - 14} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">input I</text>
      <text x={kx + CELL} y={top - 14} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">kernel K</text>
      <text x={ox + CELL} y={top - 14} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">output S</text>

      <MatrixGrid x={ix} y={top} cell={CELL} values={INPUT} fontSize={20} style={(r, c) => (r < 2 && c < 2 ? highlight : {})} />
      <CellOutline x={ix} y={top} cell={CELL} r0={0} c0={0} rows={2} cols={2} />
      <text x={ix + 3 * CELL + 30} y={top + 1.5 * CELL} textAnchor="middle" dominantBaseline="central" fontSize={30} fill="var(--fg)">⋆</text>

      <MatrixGrid x={kx} y={top + CELL / 2} cell={CELL} values={KERNEL} fontSize={20} style={() => highlight} />
      <text x={kx + 2 * CELL + 30} y={top + 1.5 * CELL} textAnchor="middle" dominantBaseline="central" fontSize={30} fill="var(--fg)">=</text>

      <MatrixGrid x={ox} y={top + CELL / 2} cell={CELL} values={out} fontSize={20} style={(r, c) => (r === 0 && c === 0 ? highlight : {})} />
      <CellOutline x={ox} y={top + CELL / 2} cell={CELL} r0={0} c0={0} rows={1} cols={1} />

      <text x={300} y={top + 3 * CELL + 50} textAnchor="middle" fontSize={19} fill="var(--fg)">
        {`${terms.join(' + ')} = ${out[0][0]}`}
      </text>
    </svg>
  );
}
