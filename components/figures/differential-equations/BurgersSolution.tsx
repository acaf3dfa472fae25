import { burgersExact } from './burgers-reference';
import { FigureSvg, linearScale, polyline, sampleCurve } from '../kit/plot-svg';

const W = 680;
const H = 430;

const SLICES = [
  { t: 0, color: 'var(--fg-muted)', dash: '3 5', width: 2.5 },
  { t: 0.25, color: 'var(--c-sky)', dash: '12 6', width: 3 },
  { t: 0.5, color: 'var(--c-blue)', dash: '4 3', width: 3 },
  { t: 0.75, color: 'var(--c-vermillion)', dash: undefined, width: 3.5 },
] as const;

/** Slices of the exact (Cole–Hopf) solution of the notes' Burgers problem: the front steepens into a shock at x = 0. */
export function BurgersSolution() {
  const plot = { left: 60, right: W - 24, top: 20, bottom: 350 };
  const x = linearScale(-1, 1, plot.left, plot.right);
  const u = linearScale(-1.1, 1.1, plot.bottom, plot.top);
  return (
    <FigureSvg
      id="fig-burgers-solution"
      width={W}
      height={H}
      title="The exact solution of Burgers' equation at four times"
      desc="u against x from minus 1 to 1. At t equals 0 the profile is minus sine of pi x: positive on the left, negative on the right. At t equals 0.25 the two humps have moved towards x equals 0 and the slope there is steeper. At t equals 0.5 and 0.75 the profile has become a steep front at x equals 0: u jumps from about plus 0.8 to minus 0.8 over a very short distance, while the humps flatten."
    >
      {[-1, -0.5, 0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={plot.left} x2={plot.right} y1={u(v)} y2={u(v)} stroke={v === 0 ? 'var(--fg-muted)' : 'var(--border)'} strokeWidth={1} />
          <text x={plot.left - 8} y={u(v) + 6} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{v}</text>
          <text x={x(v)} y={plot.bottom + 24} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{v}</text>
        </g>
      ))}
      <line x1={x(0)} x2={x(0)} y1={plot.top} y2={plot.bottom} stroke="var(--fg-muted)" strokeWidth={1} />
      <text x={plot.right} y={plot.bottom + 46} textAnchor="end" fontSize={17} fontStyle="italic" fill="var(--fg-muted)">x</text>
      <text x={plot.left + 6} y={plot.top + 14} fontSize={17} fontStyle="italic" fill="var(--fg-muted)">u(t, x)</text>
      {SLICES.map((s) => (
        <path
          key={s.t}
          d={polyline(sampleCurve((v) => burgersExact(s.t, v, undefined, 1201), -1, 1, 400).map(([a, b]) => [x(a), u(b)]))}
          fill="none"
          stroke={s.color}
          strokeWidth={s.width}
          strokeDasharray={s.dash}
        />
      ))}
      <g transform={`translate(${plot.left + 10}, ${H - 16})`}>
        {SLICES.map((s, i) => (
          <g key={s.t} transform={`translate(${i * 150}, 0)`}>
            <line x1={0} x2={40} y1={-6} y2={-6} stroke={s.color} strokeWidth={s.width} strokeDasharray={s.dash} />
            <text x={48} y={0} fontSize={16}>t = {s.t}</text>
          </g>
        ))}
      </g>
    </FigureSvg>
  );
}
