// Distances between two point masses δ_0 and δ_θ as the generator's θ moves: the Jensen–Shannon
// divergence is stuck at log 2 for every θ ≠ 0 (no gradient), while the Wasserstein-1 distance
// |θ| slopes towards the data everywhere.
import { Label, MathLabel } from '../kit/labels';

const LEFT = 70;
const RIGHT = 650;
const TOP = 30;
const BOTTOM = 230;
const sx = (t: number) => LEFT + ((t + 1) / 2) * (RIGHT - LEFT);
const sy = (v: number) => BOTTOM - v * (BOTTOM - TOP);

export function PointMassDistances() {
  const log2 = Math.LN2;
  return (
    <svg viewBox="0 0 680 290" role="img" aria-labelledby="pm-title pm-desc">
      <title id="pm-title">Jensen–Shannon divergence and Wasserstein distance between two point masses</title>
      <desc id="pm-desc">
        A plot against theta from minus 1 to 1. The Wasserstein distance is the V-shaped line |theta|, zero at theta = 0 and
        rising with slope 1 on both sides. The Jensen–Shannon divergence is a flat dashed line at log 2, about 0.693, for
        every theta except theta = 0, where it drops to a single point at 0.
      </desc>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={LEFT} y1={sy(v)} x2={RIGHT} y2={sy(v)} stroke="var(--grid)" />
          <Label x={LEFT - 8} y={sy(v) + 5} size={14} anchor="end" fill="var(--fg-muted)">
            {String(v)}
          </Label>
        </g>
      ))}
      {[-1, -0.5, 0, 0.5, 1].map((t) => (
        <Label key={t} x={sx(t)} y={BOTTOM + 22} size={14} fill="var(--fg-muted)">
          {t < 0 ? `−${-t}` : String(t)}
        </Label>
      ))}
      <line x1={LEFT} y1={BOTTOM} x2={RIGHT} y2={BOTTOM} stroke="var(--fg-muted)" />
      <line x1={sx(0)} y1={TOP} x2={sx(0)} y2={BOTTOM} stroke="var(--border)" />
      <MathLabel x={(LEFT + RIGHT) / 2} y={BOTTOM + 50} base="θ" size={20} />
      <Label x={(LEFT + RIGHT) / 2 + 14} y={BOTTOM + 50} size={15} anchor="start" fill="var(--fg-muted)">
        (position of the generator’s point mass)
      </Label>

      {/* Wasserstein-1: |θ| */}
      <polyline points={`${sx(-1)},${sy(1)} ${sx(0)},${sy(0)} ${sx(1)},${sy(1)}`} fill="none" stroke="var(--c-blue)" strokeWidth={3} />
      <Label x={sx(0.62)} y={sy(0.5)} size={16} anchor="start" weight={700} fill="var(--c-blue)">
        W₁ = |θ|
      </Label>

      {/* Jensen–Shannon: log 2 except at θ = 0 */}
      <line x1={sx(-1)} y1={sy(log2)} x2={sx(0) - 6} y2={sy(log2)} stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray="9 5" />
      <line x1={sx(0) + 6} y1={sy(log2)} x2={sx(1)} y2={sy(log2)} stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray="9 5" />
      <circle cx={sx(0)} cy={sy(log2)} r={5} fill="var(--bg)" stroke="var(--c-vermillion)" strokeWidth={2} />
      <circle cx={sx(0)} cy={sy(0)} r={5} fill="var(--c-vermillion)" />
      <Label x={sx(0)} y={sy(log2) - 12} size={16} weight={700} fill="var(--c-vermillion)">
        JS = log 2 ≈ 0.693 for every θ ≠ 0
      </Label>
    </svg>
  );
}
