// The perceptron learning AND: the four inputs, the starting decision line, the learned line
// 0.2x₁ + 0.2x₂ − 0.3 = 0 with its normal vector w, and the half-plane the neuron calls 1.
import { linearScale, r1 } from '../kit/function-plot';
import { ArrowMarker, Label, Sym } from '../kit/symbols';

const sx = linearScale([-0.45, 1.65], [60, 400]);
const sy = linearScale([-0.45, 1.65], [370, 30]);

/** The segment of w₁x₁ + w₂x₂ + b = 0 inside the plotted square, as [x1a, x2a, x1b, x2b]. */
function lineInView(w1: number, w2: number, b: number): [number, number, number, number] {
  const [lo, hi] = sx.domain;
  const pts: [number, number][] = [];
  for (const x1 of [lo, hi]) {
    const x2 = -(b + w1 * x1) / w2;
    if (x2 >= lo && x2 <= hi) pts.push([x1, x2]);
  }
  for (const x2 of [lo, hi]) {
    const x1 = -(b + w2 * x2) / w1;
    if (x1 > lo && x1 < hi) pts.push([x1, x2]);
  }
  const [p, q] = pts;
  return [p[0], p[1], q[0], q[1]];
}

const POINTS = [
  { x: [0, 0], t: 0 },
  { x: [0, 1], t: 0 },
  { x: [1, 0], t: 0 },
  { x: [1, 1], t: 1 },
] as const;

export function PerceptronAnd() {
  const [a1, a2, b1, b2] = lineInView(0.3, 0.4, 0.1);
  const [c1, c2, d1, d2] = lineInView(0.2, 0.2, -0.3);
  // The half-plane x₁ + x₂ > 1.5 inside the square: a triangle with corners on the top and right edges.
  const shade = `M${sx(-0.15)},${sy(1.65)} L${sx(1.65)},${sy(1.65)} L${sx(1.65)},${sy(-0.15)} Z`;
  return (
    <svg viewBox="0 0 650 400" role="img" aria-labelledby="fig-and-title fig-and-desc" style={{ maxWidth: 650 }}>
      <title id="fig-and-title">A perceptron learns AND</title>
      <desc id="fig-and-desc">
        The four inputs of AND in the plane. Only the point (1, 1) has target 1. The starting line 0.3 x1 + 0.4 x2 +
        0.1 = 0 passes below and left of all four points, so the neuron starts by answering 1 everywhere. After four
        updates the learned line x1 + x2 = 1.5 separates (1, 1) from the other three points; the weight vector w =
        (0.2, 0.2) is drawn as an arrow perpendicular to it, pointing into the shaded region where the output is 1.
      </desc>
      <defs>
        <ArrowMarker id="and-arrow" color="var(--c-green)" />
        <clipPath id="and-clip">
          <rect x={sx(-0.45)} y={sy(1.65)} width={sx(1.65) - sx(-0.45)} height={sy(-0.45) - sy(1.65)} />
        </clipPath>
      </defs>
      <rect x={sx(-0.45)} y={sy(1.65)} width={sx(1.65) - sx(-0.45)} height={sy(-0.45) - sy(1.65)} fill="none" stroke="var(--border)" />
      <path d={shade} fill="var(--c-green)" opacity={0.14} clipPath="url(#and-clip)" />
      {/* axes */}
      <line x1={sx(-0.45)} x2={sx(1.65)} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(-0.45)} y2={sy(1.65)} stroke="var(--fg-muted)" />
      <Sym s="x" sub="1" x={sx(1.65) - 26} y={sy(0) - 10} size={19} />
      <Sym s="x" sub="2" x={sx(0) + 8} y={sy(1.65) + 22} size={19} />
      {[0, 1].map((v) => (
        <g key={v}>
          <Label x={sx(v)} y={sy(-0.45) - 8} textAnchor="middle" size={14} fill="var(--fg-muted)">
            {v}
          </Label>
          <Label x={sx(-0.45) + 8} y={sy(v) + 5} size={14} fill="var(--fg-muted)">
            {v}
          </Label>
        </g>
      ))}

      <line x1={sx(a1)} y1={sy(a2)} x2={sx(b1)} y2={sy(b2)} stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="3 5" />
      <line x1={sx(c1)} y1={sy(c2)} x2={sx(d1)} y2={sy(d2)} stroke="var(--c-green)" strokeWidth={3} />
      <line x1={sx(0.95)} y1={sy(0.55)} x2={sx(1.2)} y2={sy(0.8)} stroke="var(--c-green)" strokeWidth={3} markerEnd="url(#and-arrow)" />
      <Sym s="w" x={r1(sx(1.22) + 4)} y={r1(sy(0.8) + 20)} size={21} fontWeight={700} upright fill="var(--c-green)" />

      {POINTS.map(({ x, t }) => (
        <g key={x.join()}>
          <circle
            cx={sx(x[0])}
            cy={sy(x[1])}
            r={11}
            fill={t === 1 ? 'var(--c-blue)' : 'var(--bg)'}
            stroke={t === 1 ? 'var(--c-blue)' : 'var(--c-orange)'}
            strokeWidth={3}
          />
          <Label x={sx(x[0]) + 15} y={sy(x[1]) - 12} size={15}>
            {`t = ${t}`}
          </Label>
        </g>
      ))}

      {/* legend */}
      <g>
        <circle cx={440} cy={60} r={9} fill="var(--c-blue)" stroke="var(--c-blue)" strokeWidth={3} />
        <Label x={458} y={66} size={16}>
          target 1
        </Label>
        <circle cx={440} cy={92} r={9} fill="var(--bg)" stroke="var(--c-orange)" strokeWidth={3} />
        <Label x={458} y={98} size={16}>
          target 0
        </Label>
        <line x1={426} x2={454} y1={136} y2={136} stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="3 5" />
        <Label x={462} y={132} size={16}>
          start: w = (0.3, 0.4),
        </Label>
        <Label x={462} y={152} size={16}>
          b = 0.1
        </Label>
        <line x1={426} x2={454} y1={192} y2={192} stroke="var(--c-green)" strokeWidth={3} />
        <Label x={462} y={188} size={16}>
          learned: w = (0.2, 0.2),
        </Label>
        <Label x={462} y={208} size={16}>
          b = −0.3
        </Label>
        <rect x={428} y={236} width={24} height={18} fill="var(--c-green)" opacity={0.25} />
        <Label x={462} y={250} size={16}>
          output 1 (z &gt; 0)
        </Label>
      </g>
    </svg>
  );
}
