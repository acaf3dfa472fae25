import { NOTES_PROBLEM, fitPolynomialTrial, polynomialTrial } from './residual-fit';
import { FigureSvg, linearScale, polyline, sampleCurve } from '../kit/plot-svg';

const W = 680;
const H = 420;

const FITS = [
  { terms: 1, color: 'var(--c-orange)', dash: '10 6', label: '1 term' },
  { terms: 2, color: 'var(--c-blue)', dash: '3 5', label: '2 terms' },
  { terms: 3, color: 'var(--c-green)', dash: '14 4 3 4', label: '3 terms' },
] as const;

/** g0·e^(−γx) and the residual-minimizing polynomial trial solutions with 1, 2 and 3 terms. */
export function ResidualFits() {
  const { g0, gamma, points } = NOTES_PROBLEM;
  const plot = { left: 56, right: W - 24, top: 20, bottom: 330 };
  const x = linearScale(0, 1, plot.left, plot.right);
  const y = linearScale(0, 10.5, plot.bottom, plot.top);
  const curve = (f: (v: number) => number) => polyline(sampleCurve(f, 0, 1).map(([a, b]) => [x(a), y(b)]));
  return (
    <FigureSvg
      id="fig-residual-fits"
      width={W}
      height={H}
      title="Trial solutions that minimize the residual, against the exact solution"
      desc="On x from 0 to 1, the exact solution 10 e to the minus 2 x falls from 10 to 1.35. The best one-term trial solution is the straight line 10 minus 9.08 x, which ends near 0.92; the two-term solution is a parabola close to the curve; the three-term solution is almost on top of it. All start at 10 because the trial form enforces g of 0 equals 10. Ten collocation points are marked on the x axis."
    >
      {[0, 2, 4, 6, 8, 10].map((t) => (
        <g key={t}>
          <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? 'var(--fg-muted)' : 'var(--border)'} strokeWidth={1} />
          <text x={plot.left - 8} y={y(t) + 6} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{t}</text>
        </g>
      ))}
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <text key={t} x={x(t)} y={plot.bottom + 40} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{t}</text>
      ))}
      {points.map((p) => (
        <path key={p} d={`M${x(p)},${plot.bottom - 1} l-6,12 l12,0 z`} fill="var(--fg)" />
      ))}
      <text x={x(0.5)} y={plot.bottom - 12} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">▲ collocation points xᵢ = i/9</text>

      <path d={curve((v) => g0 * Math.exp(-gamma * v))} fill="none" stroke="var(--fg)" strokeWidth={4} />
      {FITS.map((f) => {
        const c = fitPolynomialTrial(f.terms, NOTES_PROBLEM);
        return <path key={f.terms} d={curve((v) => polynomialTrial(c, g0, v))} fill="none" stroke={f.color} strokeWidth={3} strokeDasharray={f.dash} />;
      })}
      <text x={x(0.03)} y={y(4.3)} fontSize={17}>exact 10e⁻²ˣ (solid)</text>

      <g transform={`translate(${plot.left}, ${H - 22})`}>
        {FITS.map((f, i) => (
          <g key={f.terms} transform={`translate(${60 + i * 170}, 0)`}>
            <line x1={0} x2={40} y1={0} y2={0} stroke={f.color} strokeWidth={3} strokeDasharray={f.dash} />
            <text x={48} y={6} fontSize={16}>{f.label}</text>
          </g>
        ))}
      </g>
    </FigureSvg>
  );
}
