// The universal-approximation construction: two steep sigmoids make a bump (top); a row of steps
// makes a staircase that follows any continuous curve, here sin 2πx with 9 hidden units (bottom).
import { functionPath, linearScale, logistic } from '../kit/function-plot';
import { Label } from '../kit/symbols';

const K = 50;
const up = (x: number) => logistic(K * (x - 0.4));
const down = (x: number) => logistic(K * (x - 0.6));
const bump = (x: number) => up(x) - down(x);

const M = 10;
const target = (x: number) => Math.sin(2 * Math.PI * x);
/** g(t₁) + Σⱼ (g(tⱼ₊₁) − g(tⱼ)) σ(k(x − j/M)), tⱼ = (j − ½)/M, with k = 50M. */
function staircase(x: number): number {
  const t = (j: number) => (j - 0.5) / M;
  let s = target(t(1));
  for (let j = 1; j < M; j++) s += (target(t(j + 1)) - target(t(j))) * logistic(50 * M * (x - j / M));
  return s;
}

const sx = linearScale([0, 1], [70, 600]);
const syTop = linearScale([-0.15, 1.15], [230, 40]);
const syBottom = linearScale([-1.25, 1.25], [520, 290]);

function Axes({ sy, lo, hi }: { sy: (v: number) => number; lo: number; hi: number }) {
  return (
    <g>
      <line x1={sx(0)} x2={sx(1)} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(lo)} y2={sy(hi)} stroke="var(--fg-muted)" />
      {[0.2, 0.4, 0.6, 0.8, 1].map((v) => (
        <Label key={v} x={sx(v)} y={sy(0) + 19} textAnchor="middle" size={14} fill="var(--fg-muted)">
          {v}
        </Label>
      ))}
      {[1, 0, ...(lo < -0.5 ? [-1] : [])].map((v) => (
        <Label key={`y${v}`} x={sx(0) - 8} y={sy(v) + 5} textAnchor="end" size={14} fill="var(--fg-muted)">
          {v < 0 ? '−1' : v}
        </Label>
      ))}
    </g>
  );
}

export function BumpStaircase() {
  return (
    <svg viewBox="0 0 640 560" role="img" aria-labelledby="fig-bump-title fig-bump-desc" style={{ maxWidth: 640 }}>
      <title id="fig-bump-title">A bump from two sigmoids, and a staircase of steps</title>
      <desc id="fig-bump-desc">
        Top: two steep sigmoids with steepness 50, one stepping up at x = 0.4 and one at x = 0.6, dashed; their
        difference, solid, is a bump of height almost 1 on the interval from 0.4 to 0.6 and almost 0 elsewhere. Bottom:
        the curve sin(2 pi x), dashed, and a staircase built from 9 steep sigmoid units plus a constant, solid, which
        follows it in 10 flat steps.
      </desc>
      <Label x={20} y={24} size={16} fontWeight={600}>
        σ(50(x − 0.4)) − σ(50(x − 0.6)): a bump
      </Label>
      <Axes sy={syTop} lo={-0.15} hi={1.15} />
      <path d={functionPath(up, sx, syTop, 300)} fill="none" stroke="var(--c-orange)" strokeWidth={2.5} strokeDasharray="7 5" />
      <path d={functionPath(down, sx, syTop, 300)} fill="none" stroke="var(--c-purple)" strokeWidth={2.5} strokeDasharray="2 4" />
      <path d={functionPath(bump, sx, syTop, 300)} fill="none" stroke="var(--plot-fn)" strokeWidth={3.5} />
      <Label x={sx(0.05)} y={syTop(0.93)} size={15} fill="var(--fg)">
        step up at 0.4 (dashed)
      </Label>
      <Label x={sx(0.68)} y={syTop(0.6)} size={15} fill="var(--fg)">
        step up at 0.6 (dotted)
      </Label>
      <Label x={sx(0.7)} y={syTop(0.27)} size={15} fill="var(--plot-fn)" fontWeight={700}>
        difference: the bump
      </Label>

      <Label x={20} y={280} size={16} fontWeight={600}>
        sin 2πx and a staircase of 9 steep sigmoids
      </Label>
      <Axes sy={syBottom} lo={-1.25} hi={1.25} />
      <path d={functionPath(target, sx, syBottom, 300)} fill="none" stroke="var(--fg-muted)" strokeWidth={2.5} strokeDasharray="7 5" />
      <path d={functionPath(staircase, sx, syBottom, 600)} fill="none" stroke="var(--plot-fn)" strokeWidth={3} />
      <Label x={sx(0.62)} y={syBottom(0.85)} size={15} fill="var(--fg)">
        target (dashed)
      </Label>
      <Label x={sx(0.62)} y={syBottom(0.62)} size={15} fill="var(--plot-fn)" fontWeight={700}>
        network, M = 10 steps
      </Label>
    </svg>
  );
}
