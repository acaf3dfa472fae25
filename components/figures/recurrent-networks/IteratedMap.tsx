// f(x) = 3x(1 − x) composed with itself n = 1, 2, 3 and 8 times, sampled finely on [0, 1].
// The more often f is applied, the steeper and more folded the graph: large slopes in some places,
// zero slopes in others. The curves are computed here, at build time.
import { Label } from '../kit/labels';

const logisticMap = (x: number): number => 3 * x * (1 - x);

function iterate(x: number, n: number): number {
  let y = x;
  for (let k = 0; k < n; k++) y = logisticMap(y);
  return y;
}

const PANEL_W = 270;
const PANEL_H = 140;
const SAMPLES = 1200;

function Panel({ n, left, top }: { n: number; left: number; top: number }) {
  const sx = (x: number) => left + x * PANEL_W;
  const sy = (y: number) => top + (1 - y) * PANEL_H;
  let d = '';
  for (let k = 0; k <= SAMPLES; k++) {
    const x = k / SAMPLES;
    d += `${k === 0 ? 'M' : 'L'}${sx(x).toFixed(2)},${sy(iterate(x, n)).toFixed(2)}`;
  }
  const power = n === 1 ? '' : n === 2 ? '²' : n === 3 ? '³' : '⁸';
  return (
    <g>
      <rect x={left} y={top} width={PANEL_W} height={PANEL_H} fill="var(--bg-soft)" stroke="var(--border)" />
      {[0.25, 0.5, 0.75].map((g) => (
        <g key={g}>
          <line x1={sx(g)} y1={top} x2={sx(g)} y2={top + PANEL_H} stroke="var(--grid)" />
          <line x1={left} y1={sy(g)} x2={left + PANEL_W} y2={sy(g)} stroke="var(--grid)" />
        </g>
      ))}
      <line x1={left} y1={sy(2 / 3)} x2={left + PANEL_W} y2={sy(2 / 3)} stroke="var(--c-vermillion)" strokeWidth={1.5} strokeDasharray="5 4" />
      <Label x={left + PANEL_W - 4} y={sy(2 / 3) + 17} size={15} anchor="end" fill="var(--c-vermillion)">
        2/3
      </Label>
      <path d={d} fill="none" stroke="var(--c-blue)" strokeWidth={2.2} strokeLinejoin="round" />
      <text x={left + 10} y={top + 26} fontSize={21} fill="var(--fg)" fontFamily="KaTeX_Math, 'Times New Roman', serif" fontStyle="italic">
        {`y = f${power}(x)`}
      </text>
      {[0, 0.5, 1].map((v) => (
        <Label key={`x${v}`} x={sx(v)} y={top + PANEL_H + 19} size={15} fill="var(--fg-muted)">
          {String(v)}
        </Label>
      ))}
      {[0, 1].map((v) => (
        <Label key={`y${v}`} x={left - 6} y={sy(v) + 5} size={15} anchor="end" fill="var(--fg-muted)">
          {String(v)}
        </Label>
      ))}
    </g>
  );
}

export function IteratedMap() {
  const panels = [1, 2, 3, 8];
  return (
    <svg viewBox="0 0 680 390" role="img" aria-labelledby="itmap-title itmap-desc">
      <title id="itmap-title">The map f(x) = 3x(1 − x) iterated 1, 2, 3 and 8 times</title>
      <desc id="itmap-desc">
        Four plots on the unit square. f is a single smooth hump with its maximum 0.75 at x = 0.5. f squared has a dip in
        the middle and two humps. f cubed and f to the eighth have more and more wiggles that oscillate around 2/3, with
        steep slopes near x = 0 and x = 1 and flat spots between them. A dashed line marks the fixed point y = 2/3.
      </desc>
      {panels.map((n, i) => (
        <Panel key={n} n={n} left={45 + (i % 2) * 330} top={12 + Math.floor(i / 2) * 190} />
      ))}
      <Label x={340} y={384} size={15} fill="var(--fg-muted)">
        x from 0 to 1 across, y from 0 to 1 up; dashed: the fixed point 2/3
      </Label>
    </svg>
  );
}
