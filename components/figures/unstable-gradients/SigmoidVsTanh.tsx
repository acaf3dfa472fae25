import { FigureSvg, linearScale, polyline, sampleCurve } from '../kit/plot-svg';

const W = 680;
const H = 380;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The logistic function and tanh with their derivatives: tanh is centred on 0 and has slope 1 at
 * the origin; the logistic function is centred on 1/2 and its slope never exceeds 1/4.
 */
export function SigmoidVsTanh() {
  const plot = { left: 56, right: W - 24, top: 24, bottom: 320 };
  const x = linearScale(-5, 5, plot.left, plot.right);
  const y = linearScale(-1.1, 1.1, plot.bottom, plot.top);
  const curve = (f: (z: number) => number) => polyline(sampleCurve(f, -5, 5).map(([a, b]) => [x(a), y(b)]));

  return (
    <FigureSvg
      id="fig-sigmoid-tanh"
      width={W}
      height={H}
      title="The logistic function and tanh with their derivatives"
      desc="On z from minus 5 to 5: the logistic sigma rises from 0 to 1 through 0.5 at z equals 0; tanh rises from minus 1 to 1 through 0. Their derivatives, dashed, are bumps centred on 0: the logistic derivative peaks at 0.25, the tanh derivative at 1. Beyond about z equals plus or minus 3 both curves are flat, the saturated regions, shaded."
    >
      {/* saturated regions */}
      <rect x={plot.left} y={plot.top} width={x(-3) - plot.left} height={plot.bottom - plot.top} fill="var(--c-yellow)" fillOpacity={0.14} />
      <rect x={x(3)} y={plot.top} width={plot.right - x(3)} height={plot.bottom - plot.top} fill="var(--c-yellow)" fillOpacity={0.14} />
      <text x={plot.left + 8} y={y(0.9)} fontSize={16} fill="var(--fg-muted)">saturated</text>
      <text x={plot.right - 8} y={y(-0.5)} fontSize={16} fill="var(--fg-muted)" textAnchor="end">saturated</text>

      {[-1, -0.5, 0, 0.25, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? 'var(--fg-muted)' : 'var(--border)'} strokeWidth={1} />
          <text x={plot.left - 6} y={y(t) + 6} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{t}</text>
        </g>
      ))}
      {[-4, -2, 0, 2, 4].map((t) => (
        <text key={t} x={x(t)} y={plot.bottom + 20} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{t}</text>
      ))}
      <line x1={x(0)} x2={x(0)} y1={plot.top} y2={plot.bottom} stroke="var(--fg-muted)" strokeWidth={1} />
      <text x={plot.right} y={plot.bottom + 40} textAnchor="end" fontSize={15} fill="var(--fg-muted)" fontStyle="italic">z</text>

      <path d={curve(sigmoid)} fill="none" stroke="var(--c-blue)" strokeWidth={3} />
      <path d={curve((z) => sigmoid(z) * (1 - sigmoid(z)))} fill="none" stroke="var(--c-blue)" strokeWidth={2.5} strokeDasharray="7 5" />
      <path d={curve(Math.tanh)} fill="none" stroke="var(--c-vermillion)" strokeWidth={3} />
      <path d={curve((z) => 1 - Math.tanh(z) ** 2)} fill="none" stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="2 5" strokeLinecap="round" />

      <text x={x(2.3)} y={y(0.97) + 24} fontSize={17} fill="var(--c-blue)">σ(z), mean ½</text>
      <text x={x(-4.7)} y={y(-0.8)} fontSize={17} fill="var(--c-vermillion)">tanh(z), mean 0</text>
      <text x={x(1.9)} y={y(0.3)} fontSize={17} fill="var(--c-blue)">σ′(z) ≤ ¼ (dashed)</text>
      <text x={x(-0.4)} y={y(0.97)} fontSize={17} fill="var(--c-vermillion)" textAnchor="end">tanh′(z) ≤ 1 (dotted)</text>
    </FigureSvg>
  );
}
