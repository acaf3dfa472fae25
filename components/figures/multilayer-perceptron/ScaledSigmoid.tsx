// What the four parameters of c₁σ(c₂x + c₃) + c₄ do: the chapter's example c = (2, 4, −2, −1)
// against the plain sigmoid, with the centre, the two levels and the slope at the centre marked.
import { functionPath, linearScale, logistic } from '../kit/function-plot';
import { Label, Sym } from '../kit/symbols';

const C1 = 2;
const C2 = 4;
const C3 = -2;
const C4 = -1;
const unit = (x: number) => C1 * logistic(C2 * x + C3) + C4;

const sx = linearScale([-2.5, 3], [60, 620]);
const sy = linearScale([-1.45, 1.45], [330, 30]);

export function ScaledSigmoid() {
  const centre = -C3 / C2;
  const slope = (C1 * C2) / 4;
  const half = 0.28;
  return (
    <svg viewBox="0 0 640 370" role="img" aria-labelledby="fig-scaled-title fig-scaled-desc" style={{ maxWidth: 640 }}>
      <title id="fig-scaled-title">A scaled and shifted sigmoid unit</title>
      <desc id="fig-scaled-desc">
        The plain sigmoid, dashed, rises from 0 to 1 around x = 0. The unit 2 sigma(4x − 2) − 1, solid, rises from −1
        to 1, four times as steeply, centred at x = 0.5, where its value is 0 and its slope is 2. Dotted horizontal
        lines mark its two levels c4 = −1 and c1 + c4 = 1; a dotted vertical line marks the centre −c3/c2 = 0.5.
      </desc>
      {/* axes */}
      <line x1={sx(-2.5)} x2={sx(3)} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(-1.45)} y2={sy(1.45)} stroke="var(--fg-muted)" />
      {[-2, -1, 1, 2, 3].map((v) => (
        <Label key={v} x={sx(v)} y={sy(0) + 20} textAnchor="middle" size={14} fill="var(--fg-muted)">
          {v < 0 ? `−${-v}` : v}
        </Label>
      ))}
      <Sym s="x" x={sx(3) - 14} y={sy(0) - 10} size={20} />
      {/* levels and centre */}
      <line x1={sx(-2.5)} x2={sx(3)} y1={sy(1)} y2={sy(1)} stroke="var(--fg-muted)" strokeDasharray="2 4" />
      <line x1={sx(-2.5)} x2={sx(3)} y1={sy(-1)} y2={sy(-1)} stroke="var(--fg-muted)" strokeDasharray="2 4" />
      <line x1={sx(centre)} x2={sx(centre)} y1={sy(-1.45)} y2={sy(1.45)} stroke="var(--fg-muted)" strokeDasharray="2 4" />
      <Label x={sx(-2.45)} y={sy(1) - 8} size={15}>
        c₁ + c₄ = 1
      </Label>
      <Label x={sx(-2.45)} y={sy(-1) + 20} size={15}>
        c₄ = −1
      </Label>
      <Label x={sx(centre) + 8} y={sy(-1.3)} size={15}>
        centre −c₃/c₂ = 0.5
      </Label>

      <path d={functionPath(logistic, sx, sy)} fill="none" stroke="var(--fg-muted)" strokeWidth={2.5} strokeDasharray="7 5" />
      <path d={functionPath(unit, sx, sy)} fill="none" stroke="var(--plot-fn)" strokeWidth={3.5} />
      {/* the tangent at the centre, slope c₁c₂/4 */}
      <line
        x1={sx(centre - half)}
        y1={sy(-slope * half)}
        x2={sx(centre + half)}
        y2={sy(slope * half)}
        stroke="var(--c-green)"
        strokeWidth={3}
      />
      <Label x={sx(0.68)} y={sy(-0.32)} size={15} fill="var(--fg)">
        slope c₁c₂/4 = 2
      </Label>
      <Label x={sx(1.2)} y={sy(0.5)} size={16} fill="var(--plot-fn)" fontWeight={700}>
        2σ(4x − 2) − 1, solid
      </Label>
      <Label x={sx(-2.4)} y={sy(0.42)} size={16} fill="var(--fg-muted)">
        σ(x), dashed
      </Label>
    </svg>
  );
}
