// The square wave of notes 002 (T = 0.2, width 0.1, height 2) and its Fourier partial sums,
// computed here from f_n = (2F/πn) sin(πnw/T), the chapter's equation for the coefficients.

const T = 0.2;
const WIDTH = 0.1;
const HEIGHT = 2;

const PLOT = { left: 64, right: 640, top: 24, bottom: 300 };
const T_RANGE: [number, number] = [-0.2, 0.2];
const Y_RANGE: [number, number] = [-0.5, 2.5];

const sx = (t: number): number => PLOT.left + ((t - T_RANGE[0]) / (T_RANGE[1] - T_RANGE[0])) * (PLOT.right - PLOT.left);
const sy = (y: number): number => PLOT.bottom - ((y - Y_RANGE[0]) / (Y_RANGE[1] - Y_RANGE[0])) * (PLOT.bottom - PLOT.top);

function partialSum(t: number, harmonics: number): number {
  let s = (HEIGHT * WIDTH) / T;
  for (let n = 1; n <= harmonics; n++) {
    s += ((2 * HEIGHT) / (Math.PI * n)) * Math.sin((Math.PI * n * WIDTH) / T) * Math.cos((2 * Math.PI * n * t) / T);
  }
  return s;
}

function squareWave(t: number): number {
  const phase = ((((t + T / 2) % T) + T) % T) - T / 2; // t folded into [−T/2, T/2)
  return Math.abs(phase) < WIDTH / 2 ? HEIGHT : 0;
}

function path(f: (t: number) => number, samples = 480): string {
  const pts: string[] = [];
  for (let k = 0; k <= samples; k++) {
    const t = T_RANGE[0] + ((T_RANGE[1] - T_RANGE[0]) * k) / samples;
    pts.push(`${k === 0 ? 'M' : 'L'}${sx(t).toFixed(1)},${sy(f(t)).toFixed(1)}`);
  }
  return pts.join('');
}

const SERIES = [
  { n: 1, color: 'var(--c-orange)', dash: '2 4', label: 'N = 1' },
  { n: 5, color: 'var(--c-green)', dash: '9 5', label: 'N = 5' },
  { n: 25, color: 'var(--c-blue)', dash: undefined, label: 'N = 25' },
];

export function ConvSquareWave() {
  const ticksT = [-0.2, -0.1, 0, 0.1, 0.2];
  const ticksY = [0, 1, 2];
  return (
    <svg viewBox="0 0 680 384" role="img" aria-labelledby="square-wave-title square-wave-desc" width="680">
      <title id="square-wave-title">A square wave and its Fourier partial sums</title>
      <desc id="square-wave-desc">
        Two periods of a square wave that is 2 for the middle half of each period of 0.2 and 0 otherwise, with three
        partial sums of its Fourier series. With one harmonic the sum is a single cosine between about −0.27 and 2.27.
        With harmonics up to 5 and up to 25 the sums follow the wave more and more closely, but each overshoots just
        inside every jump, reaching about 2.18.
      </desc>
      {ticksY.map((y) => (
        <g key={`y${y}`}>
          <line x1={PLOT.left} x2={PLOT.right} y1={sy(y)} y2={sy(y)} stroke="var(--grid)" strokeWidth={1} />
          <text x={PLOT.left - 10} y={sy(y)} textAnchor="end" dominantBaseline="central" fontSize={15} fill="var(--fg-muted)">
            {y}
          </text>
        </g>
      ))}
      {ticksT.map((t) => (
        <g key={`t${t}`}>
          <line x1={sx(t)} x2={sx(t)} y1={PLOT.bottom} y2={PLOT.bottom + 6} stroke="var(--fg-muted)" />
          <text x={sx(t)} y={PLOT.bottom + 22} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">
            {t < 0 ? `−${Math.abs(t)}` : t}
          </text>
        </g>
      ))}
      <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} stroke="var(--fg-muted)" />
      <text x={PLOT.right + 22} y={PLOT.bottom} dominantBaseline="central" fontSize={16} fontStyle="italic" fill="var(--fg-muted)">t</text>
      <text x={18} y={sy(2.3)} fontSize={15} fill="var(--fg-muted)">F(t)</text>

      <path d={path(squareWave, 1600)} fill="none" stroke="var(--fg-muted)" strokeWidth={2} opacity={0.6} />
      {SERIES.map((s) => (
        <path key={s.n} d={path((t) => partialSum(t, s.n), 960)} fill="none" stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash} />
      ))}

      <g transform="translate(70, 366)">
        <line x1={0} x2={34} y1={0} y2={0} stroke="var(--fg-muted)" strokeWidth={2} opacity={0.6} />
        <text x={42} y={0} dominantBaseline="central" fontSize={15} fill="var(--fg)">square wave</text>
        {SERIES.map((s, k) => (
          <g key={s.n} transform={`translate(${170 + 140 * k}, 0)`}>
            <line x1={0} x2={34} y1={0} y2={0} stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash} />
            <text x={42} y={0} dominantBaseline="central" fontSize={15} fill="var(--fg)">{s.label}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
