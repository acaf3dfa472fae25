// XOR in the plane: one line always leaves a point on the wrong side (left); the band between two
// lines separates the classes (right), which is what a hidden layer of two neurons will provide.
import { linearScale } from '../kit/function-plot';
import { Label, Sym } from '../kit/symbols';

const POINTS = [
  { x: [0, 0], t: 0 },
  { x: [0, 1], t: 1 },
  { x: [1, 0], t: 1 },
  { x: [1, 1], t: 0 },
] as const;

const DOMAIN: readonly [number, number] = [-0.4, 1.4];

function Panel({ x0, title, twoLines }: { x0: number; title: string; twoLines: boolean }) {
  const sx = linearScale(DOMAIN, [x0 + 10, x0 + 290]);
  const sy = linearScale(DOMAIN, [330, 50]);
  // Lines x₁ + x₂ = c drawn across the panel's square.
  const diag = (c: number) => {
    const lo = DOMAIN[0];
    const hi = DOMAIN[1];
    const p: [number, number] = c - lo > hi ? [c - hi, hi] : [lo, c - lo];
    const q: [number, number] = c - lo > hi ? [hi, c - hi] : [c - lo, lo];
    return { x1: sx(p[0]), y1: sy(p[1]), x2: sx(q[0]), y2: sy(q[1]) };
  };
  const band = [
    [-0.4, 0.9],
    [0.9, -0.4],
    [1.4, -0.4],
    [1.4, 0.1],
    [0.1, 1.4],
    [-0.4, 1.4],
  ]
    .map(([a, b], i) => `${i === 0 ? 'M' : 'L'}${sx(a)},${sy(b)}`)
    .join(' ');
  return (
    <g>
      <Label x={x0 + 150} y={30} textAnchor="middle" size={17} fontWeight={600}>
        {title}
      </Label>
      <rect x={sx(DOMAIN[0])} y={sy(DOMAIN[1])} width={280} height={280} fill="none" stroke="var(--border)" />
      {twoLines && <path d={`${band} Z`} fill="var(--c-blue)" opacity={0.14} />}
      <line x1={sx(DOMAIN[0])} x2={sx(DOMAIN[1])} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(DOMAIN[0])} y2={sy(DOMAIN[1])} stroke="var(--fg-muted)" />
      <Sym s="x" sub="1" x={sx(DOMAIN[1]) - 26} y={sy(0) + 26} size={18} />
      <Sym s="x" sub="2" x={sx(0) + 8} y={sy(DOMAIN[1]) + 22} size={18} />
      <line {...diag(0.5)} stroke="var(--c-vermillion)" strokeWidth={3} />
      {twoLines && <line {...diag(1.5)} stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray="8 5" />}
      {POINTS.map(({ x, t }) => {
        const wrong = !twoLines && x[0] === 1 && x[1] === 1;
        return (
          <g key={x.join()}>
            <circle
              cx={sx(x[0])}
              cy={sy(x[1])}
              r={11}
              fill={t === 1 ? 'var(--c-blue)' : 'var(--bg)'}
              stroke={t === 1 ? 'var(--c-blue)' : 'var(--c-orange)'}
              strokeWidth={3}
            />
            {wrong && (
              <>
                <circle cx={sx(1)} cy={sy(1)} r={20} fill="none" stroke="var(--c-vermillion)" strokeWidth={2.5} />
                <Label x={sx(1) - 26} y={sy(1) - 26} textAnchor="end" size={15} fill="var(--c-vermillion)" fontWeight={700}>
                  wrong side
                </Label>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function XorPlane() {
  return (
    <svg viewBox="0 0 640 380" role="img" aria-labelledby="fig-xor-title fig-xor-desc" style={{ maxWidth: 640 }}>
      <title id="fig-xor-title">XOR cannot be split by one line</title>
      <desc id="fig-xor-desc">
        Left: the four XOR points, with (0, 1) and (1, 0) in class 1 and (0, 0) and (1, 1) in class 0. The line x1 + x2
        = 0.5 separates (0, 0) from the rest but leaves (1, 1) on the class-1 side, marked as wrong. Right: a second,
        dashed line x1 + x2 = 1.5 cuts off (1, 1), and the shaded band between the two lines holds exactly the two
        class-1 points.
      </desc>
      <Panel x0={8} title="one line: a point is always wrong" twoLines={false} />
      <Panel x0={332} title="two lines: the band is class 1" twoLines />
      <g>
        <circle cx={170} cy={364} r={8} fill="var(--c-blue)" stroke="var(--c-blue)" strokeWidth={3} />
        <Label x={184} y={369} size={15}>
          target 1
        </Label>
        <circle cx={320} cy={364} r={8} fill="var(--bg)" stroke="var(--c-orange)" strokeWidth={3} />
        <Label x={334} y={369} size={15}>
          target 0
        </Label>
      </g>
    </svg>
  );
}
