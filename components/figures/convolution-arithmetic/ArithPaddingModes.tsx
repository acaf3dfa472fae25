// Valid, same and full padding for a 5×5 input and a 3×3 kernel, with the output each produces.
import { CellOutline, MatrixGrid } from '../convolution/grid';

const INPUT = 5;
const KERNEL = 3;
const CELL = 20;

const MODES = [
  { name: 'valid', padding: 0 },
  { name: 'same', padding: 1 },
  { name: 'full', padding: 2 },
];

const blank = (n: number): null[][] => Array.from({ length: n }, () => Array.from({ length: n }, () => null));

export function ArithPaddingModes() {
  const panelWidth = 680 / MODES.length;
  const inputTop = 84;
  const outputTop = inputTop + (INPUT + 2 * 2) * CELL + 64;
  return (
    <svg viewBox="0 0 680 510" role="img" aria-labelledby="padding-modes-title padding-modes-desc" width="680">
      <title id="padding-modes-title">Valid, same and full padding</title>
      <desc id="padding-modes-desc">
        Three panels, each a 5 by 5 input with a 3 by 3 kernel outlined at its first position. Valid: no padding, the
        output is 3 by 3. Same: one ring of zeros, the output is 5 by 5. Full: two rings of zeros, so the kernel first
        overlaps a single input cell, and the output is 7 by 7.
      </desc>
      <defs>
        <marker id="padding-modes-arrow" viewBox="0 0 10 10" refX={8} refY={5} markerWidth={8} markerHeight={8} orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
      </defs>
      {MODES.map((mode, m) => {
        const padded = INPUT + 2 * mode.padding;
        const out = padded - KERNEL + 1;
        const cx = panelWidth * m + panelWidth / 2;
        const ix = cx - (padded * CELL) / 2;
        const ox = cx - (out * CELL) / 2;
        const isReal = (r: number, c: number) =>
          r >= mode.padding && r < mode.padding + INPUT && c >= mode.padding && c < mode.padding + INPUT;
        return (
          <g key={mode.name}>
            <text x={cx} y={26} textAnchor="middle" fontSize={18} fontWeight={700} fill="var(--fg)">{mode.name}</text>
            <text x={cx} y={50} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">{`p = ${mode.padding}`}</text>
            <MatrixGrid
              x={ix}
              y={inputTop}
              cell={CELL}
              values={blank(padded)}
              style={(r, c) => (isReal(r, c) ? { fill: 'color-mix(in srgb, var(--c-sky) 35%, var(--bg))', stroke: 'var(--fg-muted)' } : { fill: 'none', dashed: true })}
            />
            <CellOutline x={ix} y={inputTop} cell={CELL} r0={0} c0={0} rows={KERNEL} cols={KERNEL} width={3.5} />
            <line
              x1={cx}
              x2={cx}
              y1={inputTop + padded * CELL + 12}
              y2={outputTop - 26}
              stroke="var(--fg-muted)"
              strokeWidth={1.5}
              markerEnd="url(#padding-modes-arrow)"
            />
            <text x={cx} y={outputTop - 8} textAnchor="middle" fontSize={16} fill="var(--fg)">{`o = ${out}`}</text>
            <MatrixGrid
              x={ox}
              y={outputTop}
              cell={CELL}
              values={blank(out)}
              style={(r, c) => (r === 0 && c === 0 ? { fill: 'var(--accent)', stroke: 'var(--accent)' } : { fill: 'var(--note-bg)' })}
            />
          </g>
        );
      })}
      <g transform="translate(150, 496)">
        <rect x={0} y={-8} width={16} height={16} fill="color-mix(in srgb, var(--c-sky) 35%, var(--bg))" stroke="var(--fg-muted)" />
        <text x={22} y={0} dominantBaseline="central" fontSize={14} fill="var(--fg)">input</text>
        <rect x={90} y={-8} width={16} height={16} fill="none" stroke="var(--border)" strokeDasharray="4 3" />
        <text x={112} y={0} dominantBaseline="central" fontSize={14} fill="var(--fg)">zero padding</text>
        <rect x={230} y={-8} width={16} height={16} fill="none" stroke="var(--accent)" strokeWidth={3} />
        <text x={252} y={0} dominantBaseline="central" fontSize={14} fill="var(--fg)">kernel, first position</text>
      </g>
    </svg>
  );
}
