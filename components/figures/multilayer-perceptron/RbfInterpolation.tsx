// An RBF network through three points: three Gaussian bumps, each scaled by its output weight
// (thin), and their sum (thick), which passes through (0, 0), (0.5, 1) and (1, 0). s = 0.25.
import { functionPath, linearScale } from '../kit/function-plot';
import { Label } from '../kit/symbols';

const S = 0.25;
const CENTRES = [0, 0.5, 1];
const TARGETS = [0, 1, 0];
const phi = (x: number, c: number) => Math.exp(-((x - c) ** 2) / (2 * S * S));

/** Solves the 3 × 3 system Φv = t by Gaussian elimination (Φ is symmetric positive definite). */
function solveWeights(): number[] {
  const a = CENTRES.map((xi, i) => [...CENTRES.map((c) => phi(xi, c)), TARGETS[i]]);
  for (let p = 0; p < 3; p++) {
    for (let r = p + 1; r < 3; r++) {
      const f = a[r][p] / a[p][p];
      for (let c = p; c < 4; c++) a[r][c] -= f * a[p][c];
    }
  }
  const v = [0, 0, 0];
  for (let r = 2; r >= 0; r--) v[r] = (a[r][3] - a[r].slice(r + 1, 3).reduce((s, x, k) => s + x * v[r + 1 + k], 0)) / a[r][r];
  return v;
}

/** An output weight as the chapter prints it: four decimals and a real minus sign. */
const weightLabel = (w: number) => w.toFixed(4).replace('-', '−');

const sx = linearScale([-0.3, 1.3], [60, 620]);
const sy = linearScale([-0.3, 1.15], [330, 30]);
const COLORS = ['var(--c-orange)', 'var(--c-green)', 'var(--c-purple)'];
const DASHES = ['7 5', '2 4', '10 4 2 4'];

export function RbfInterpolation() {
  const v = solveWeights();
  const net = (x: number) => CENTRES.reduce((s, c, k) => s + v[k] * phi(x, c), 0);
  return (
    <svg viewBox="0 0 640 380" role="img" aria-labelledby="fig-rbf-title fig-rbf-desc" style={{ maxWidth: 640 }}>
      <title id="fig-rbf-title">A radial basis function network interpolating three points</title>
      <desc id="fig-rbf-desc">
        Three Gaussian basis functions of width 0.25 centred at 0, 0.5 and 1, each multiplied by its output weight:
        small negative bumps at 0 and 1 and a tall positive bump at 0.5, drawn thin and dashed. Their sum, thick, passes
        exactly through the three data points (0, 0), (0.5, 1) and (1, 0).
      </desc>
      <line x1={sx(-0.3)} x2={sx(1.3)} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(-0.3)} y2={sy(1.15)} stroke="var(--fg-muted)" />
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <Label key={t} x={sx(t)} y={sy(0) + 20} textAnchor="middle" size={14} fill="var(--fg-muted)">
          {t}
        </Label>
      ))}
      <Label x={sx(0) - 8} y={sy(1) + 5} textAnchor="end" size={14} fill="var(--fg-muted)">
        1
      </Label>
      {CENTRES.map((c, k) => (
        <path
          key={c}
          d={functionPath((x) => v[k] * phi(x, c), sx, sy)}
          fill="none"
          stroke={COLORS[k]}
          strokeWidth={2.5}
          strokeDasharray={DASHES[k]}
        />
      ))}
      <path d={functionPath(net, sx, sy)} fill="none" stroke="var(--plot-fn)" strokeWidth={3.5} />
      {CENTRES.map((c, k) => (
        <circle key={c} cx={sx(c)} cy={sy(TARGETS[k])} r={7} fill="var(--fg)" />
      ))}
      <Label x={sx(0.62)} y={sy(0.98)} size={15} fill="var(--plot-fn)" fontWeight={700}>
        network output (sum)
      </Label>
      <Label x={sx(0.5)} y={sy(1.08)} size={15} textAnchor="middle" fill="var(--fg)">
        {`${weightLabel(v[1])} φ₂`}
      </Label>
      <Label x={sx(-0.28)} y={sy(-0.24)} size={15} fill="var(--fg)">
        {`${weightLabel(v[0])} φ₁`}
      </Label>
      <Label x={sx(1.28)} y={sy(-0.24)} size={15} textAnchor="end" fill="var(--fg)">
        {`${weightLabel(v[2])} φ₃`}
      </Label>
      <Label x={sx(0.9)} y={sy(0.72)} size={15} fill="var(--fg-muted)">
        ● data points
      </Label>
    </svg>
  );
}
