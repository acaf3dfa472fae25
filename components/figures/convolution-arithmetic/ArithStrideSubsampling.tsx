// Stride (3, 2) on the zero-padded 3×3 input of notes 003: the four windows, the unit-stride output
// with the kept entries outlined, and the strided output [[0, 8], [6, 8]].
import { CellOutline, MatrixGrid, crossCorrelate } from '../convolution/grid';

const INPUT = [[0, 1, 2], [3, 4, 5], [6, 7, 8]];
const KERNEL = [[0, 1], [2, 3]];
const PAD = 1;
const STRIDE: [number, number] = [3, 2];

const WINDOW_STYLES = [
  { label: 'A', color: 'var(--c-blue)', dashed: false },
  { label: 'B', color: 'var(--c-vermillion)', dashed: true },
  { label: 'C', color: 'var(--c-green)', dashed: true },
  { label: 'D', color: 'var(--c-purple)', dashed: false },
];

export function ArithStrideSubsampling() {
  const size = INPUT.length + 2 * PAD;
  const padded = Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => INPUT[r - PAD]?.[c - PAD] ?? 0),
  );
  const full = crossCorrelate(padded, KERNEL);
  const starts = (axis: 0 | 1) =>
    Array.from({ length: Math.floor((size - KERNEL.length) / STRIDE[axis]) + 1 }, (_, j) => j * STRIDE[axis]);
  const rows = starts(0);
  const cols = starts(1);
  const windows = rows.flatMap((r) => cols.map((c) => ({ r, c })));
  const covered = (axis: 0 | 1, index: number) =>
    (axis === 0 ? rows : cols).some((s) => index >= s && index < s + KERNEL.length);
  const strided = rows.map((r) => cols.map((c) => full[r][c]));

  const cell = 38;
  const px = 24;
  const top = 64;
  const fx = px + size * cell + 56;
  const sx = fx + full.length * cell + 56;
  const sTop = top + cell;
  return (
    <svg viewBox="0 0 640 320" role="img" aria-labelledby="stride-sub-title stride-sub-desc" width="640">
      <title id="stride-sub-title">Stride 3 along rows and 2 along columns as subsampling</title>
      <desc id="stride-sub-desc">
        The 5 by 5 zero-padded input with four 2 by 2 kernel windows, labelled A to D, starting at rows 0 and 3 and columns
        0 and 2. Row 2 and column 4 of the padded input are never covered. Next to it, the 4 by 4 unit-stride output 0 3 8
        4, 9 19 25 10, 21 37 43 16, 6 7 8 0, with the entries in rows 0 and 3 and columns 0 and 2 outlined. These four
        entries form the strided output 0 8, 6 8.
      </desc>
      <defs>
        <pattern id="stride-sub-hatch" width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={8} stroke="var(--fg-muted)" strokeWidth={2} opacity={0.45} />
        </pattern>
      </defs>
      <text x={px + (size * cell) / 2} y={top - 34} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">padded input</text>
      <text x={fx + (full.length * cell) / 2} y={top - 34} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">stride 1</text>
      <text x={sx + cell} y={top - 34} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">stride (3, 2)</text>

      <MatrixGrid
        x={px}
        y={top}
        cell={cell}
        values={padded}
        fontSize={17}
        style={(r, c) => {
          const pad = r < PAD || r >= PAD + INPUT.length || c < PAD || c >= PAD + INPUT.length;
          const unused = !covered(0, r) || !covered(1, c);
          return {
            fill: unused ? 'url(#stride-sub-hatch)' : pad ? 'none' : 'color-mix(in srgb, var(--c-sky) 30%, var(--bg))',
            dashed: pad,
            text: pad ? 'var(--fg-muted)' : 'var(--fg)',
          };
        }}
      />
      {windows.map((w, k) => (
        <g key={`${w.r}-${w.c}`}>
          <CellOutline
            x={px + 3 * (k % 2)}
            y={top + 3 * (k > 1 ? 1 : 0)}
            cell={cell}
            r0={w.r}
            c0={w.c}
            rows={KERNEL.length}
            cols={KERNEL[0].length}
            color={WINDOW_STYLES[k].color}
            dashed={WINDOW_STYLES[k].dashed}
            width={3}
          />
          <text
            x={px + w.c * cell + cell + 3 * (k % 2)}
            y={w.r === 0 ? top - 8 : top + size * cell + 20}
            textAnchor="middle"
            fontSize={15}
            fontWeight={700}
            fill={WINDOW_STYLES[k].color}
          >
            {WINDOW_STYLES[k].label}
          </text>
        </g>
      ))}
      <text x={px} y={top + size * cell + 46} fontSize={15} fill="var(--fg-muted)">hatched: never read</text>

      <MatrixGrid
        x={fx}
        y={top}
        cell={cell}
        values={full}
        fontSize={17}
        style={(r, c) => (rows.includes(r) && cols.includes(c) ? { fill: 'var(--note-bg)', bold: true } : { text: 'var(--fg-muted)' })}
      />
      {windows.map((w, k) => (
        <CellOutline key={`f${k}`} x={fx} y={top} cell={cell} r0={w.r} c0={w.c} rows={1} cols={1} color={WINDOW_STYLES[k].color} dashed={WINDOW_STYLES[k].dashed} />
      ))}
      <text x={fx - 28} y={top + 2 * cell} textAnchor="middle" dominantBaseline="central" fontSize={22} fill="var(--fg-muted)">→</text>
      <text x={sx - 28} y={top + 2 * cell} textAnchor="middle" dominantBaseline="central" fontSize={22} fill="var(--fg-muted)">→</text>

      <MatrixGrid x={sx} y={sTop} cell={cell} values={strided} fontSize={17} style={() => ({ fill: 'var(--note-bg)', bold: true })} />
      {windows.map((w, k) => (
        <CellOutline key={`s${k}`} x={sx} y={sTop} cell={cell} r0={Math.floor(k / 2)} c0={k % 2} rows={1} cols={1} color={WINDOW_STYLES[k].color} dashed={WINDOW_STYLES[k].dashed} />
      ))}
    </svg>
  );
}
