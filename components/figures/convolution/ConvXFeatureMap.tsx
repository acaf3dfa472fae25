// The 9×9 X of notes 004, the diagonal kernel, and the 7×7 feature map of integer sums.
import { CellOutline, MatrixGrid, crossCorrelate } from './grid';

/** The symmetric X: +1 on both diagonals of the inner 7×7, −1 elsewhere. */
export const X9: number[][] = Array.from({ length: 9 }, (_, r) =>
  Array.from({ length: 9 }, (_, c) => (r >= 1 && r <= 7 && (c === r || c === 8 - r) ? 1 : -1)),
);
const KERNEL = [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]];

const PIXEL = 22;
const MAP_CELL = 36;

const pixelStyle = (_r: number, _c: number, v: number | string | null) =>
  v === 1 ? { fill: 'var(--fg)', stroke: 'var(--fg)' } : { fill: 'var(--bg-soft)' };

/** Blue for positive, vermillion for negative; strength by magnitude. Numbers carry the value too. */
function mapFill(v: number): string {
  const strength = Math.round((Math.abs(v) / 9) * 55);
  return v >= 0
    ? `color-mix(in srgb, var(--c-blue) ${strength}%, var(--bg))`
    : `color-mix(in srgb, var(--c-vermillion) ${strength}%, var(--bg))`;
}

export function ConvXFeatureMap() {
  const map = crossCorrelate(X9, KERNEL);
  const top = 56;
  const xx = 16;
  const kx = xx + 9 * PIXEL + 44;
  const mx = kx + 3 * PIXEL + 44;
  const perfect = map.flatMap((row, r) => row.flatMap((v, c) => (v === 9 ? [[r, c]] : [])));
  return (
    <svg viewBox="0 0 640 330" role="img" aria-labelledby="xmap-title xmap-desc" width="640">
      <title id="xmap-title">Feature map of the X image with the diagonal kernel</title>
      <desc id="xmap-desc">
        A 9 by 9 pixel image of an X, a 3 by 3 kernel with ones on its main diagonal and minus ones elsewhere, and the 7 by 7
        feature map. Its first row is 7, −1, 1, 3, 5, −1, 3; the value 9, a perfect match, appears four times on the main
        diagonal, and the centre, where the strokes cross, is 5.
      </desc>
      <text x={xx + 4.5 * PIXEL} y={top - 16} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">image (9 × 9)</text>
      <text x={kx + 1.5 * PIXEL} y={top - 16} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">kernel</text>
      <text x={mx + 3.5 * MAP_CELL} y={top - 16} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">feature map (× 1/9)</text>

      <MatrixGrid x={xx} y={top + 24} cell={PIXEL} values={X9.map((row) => row.map((v) => v))} style={pixelStyle} format={() => ''} />
      <text x={kx - 22} y={top + 24 + 4.5 * PIXEL} textAnchor="middle" dominantBaseline="central" fontSize={28} fill="var(--fg)">⋆</text>
      <MatrixGrid x={kx} y={top + 24 + 3 * PIXEL} cell={PIXEL} values={KERNEL} style={pixelStyle} format={() => ''} />
      <text x={mx - 22} y={top + 24 + 4.5 * PIXEL} textAnchor="middle" dominantBaseline="central" fontSize={28} fill="var(--fg)">=</text>
      <MatrixGrid x={mx} y={top} cell={MAP_CELL} values={map} fontSize={15} style={(_r, _c, v) => ({ fill: mapFill(Number(v)) })} />
      {perfect.map(([r, c]) => (
        <CellOutline key={`${r}-${c}`} x={mx} y={top} cell={MAP_CELL} r0={r} c0={c} rows={1} cols={1} color="var(--fg)" />
      ))}

      <g transform={`translate(${xx}, ${top + 24 + 9 * PIXEL + 26})`}>
        <rect x={0} y={-9} width={18} height={18} fill="var(--fg)" />
        <text x={26} y={0} dominantBaseline="central" fontSize={15} fill="var(--fg)">+1 (ink)</text>
        <rect x={110} y={-9} width={18} height={18} fill="var(--bg-soft)" stroke="var(--border)" />
        <text x={136} y={0} dominantBaseline="central" fontSize={15} fill="var(--fg)">−1</text>
      </g>
    </svg>
  );
}
