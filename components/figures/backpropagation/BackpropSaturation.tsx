// The sigmoid and its derivative on one axis: σ′ = σ(1 − σ) never exceeds 1/4 and is almost zero
// where σ is flat. The worked example's neurons sit near the peak; a neuron at z = 5 is saturated.
import { Rich } from './parts';

const Z_MIN = -8;
const Z_MAX = 8;
const PLOT = { left: 70, right: 650, top: 40, bottom: 300 };
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const slope = (z: number): number => sigmoid(z) * (1 - sigmoid(z));
const px = (z: number): number => PLOT.left + ((z - Z_MIN) / (Z_MAX - Z_MIN)) * (PLOT.right - PLOT.left);
const py = (v: number): number => PLOT.bottom - v * (PLOT.bottom - PLOT.top);

function path(f: (z: number) => number): string {
  const points: string[] = [];
  for (let i = 0; i <= 200; i++) {
    const z = Z_MIN + ((Z_MAX - Z_MIN) * i) / 200;
    points.push(`${i === 0 ? 'M' : 'L'}${px(z).toFixed(1)},${py(f(z)).toFixed(1)}`);
  }
  return points.join(' ');
}

// z of the worked example's hidden neuron h1 and output neuron o1 (see the chapter's tables).
const EXAMPLE = [
  { z: 0.3775, shape: 'circle' },
  { z: 1.1059, shape: 'square' },
] as const;
const SATURATED = 5;
// Chapter 1's definition: saturated where the slope is below 0.05, i.e. a(1 − a) = 0.05.
const THRESHOLD_A = (1 + Math.sqrt(1 - 4 * 0.05)) / 2;
const THRESHOLD_Z = Math.log(THRESHOLD_A / (1 - THRESHOLD_A)); // 2.887

export function BackpropSaturation() {
  const f3 = (v: number) => v.toFixed(3);
  return (
    <svg viewBox="0 0 680 440" width={680} height={440} role="img" aria-labelledby="bp-sat-title bp-sat-desc">
      <title id="bp-sat-title">The sigmoid and its derivative, with the saturated regions shaded</title>
      <desc id="bp-sat-desc">
        {`The sigmoid rises from 0 to 1 between z = −8 and z = 8. Its derivative, dashed, peaks at 0.25 at z = 0 and is below 0.05 for |z| > ${THRESHOLD_Z.toFixed(2)}, the shaded saturated regions. `}
        {`The worked example's hidden neuron (z = 0.3775, slope ${f3(slope(0.3775))}) and output neuron (z = 1.1059, slope ${f3(slope(1.1059))}) sit near the peak; at z = 5 the slope is only ${slope(SATURATED).toFixed(4)}.`}
      </desc>
      <rect x={PLOT.left} y={PLOT.top} width={px(-THRESHOLD_Z) - PLOT.left} height={PLOT.bottom - PLOT.top} fill="var(--bg-soft)" />
      <rect x={px(THRESHOLD_Z)} y={PLOT.top} width={PLOT.right - px(THRESHOLD_Z)} height={PLOT.bottom - PLOT.top} fill="var(--bg-soft)" />
      <text x={(PLOT.left + px(-THRESHOLD_Z)) / 2} y={PLOT.top + 24} textAnchor="middle" fontSize={19} fill="var(--fg-muted)">
        saturated
      </text>
      <text x={(px(THRESHOLD_Z) + PLOT.right) / 2} y={PLOT.top + 110} textAnchor="middle" fontSize={19} fill="var(--fg-muted)">
        saturated
      </text>
      {[0, 0.25, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={PLOT.left} x2={PLOT.right} y1={py(v)} y2={py(v)} stroke="var(--border)" />
          <text x={PLOT.left - 8} y={py(v)} dy="0.35em" textAnchor="end" fontSize={19} fill="var(--fg-muted)">
            {v}
          </text>
        </g>
      ))}
      {[-8, -4, 0, 4, 8].map((z) => (
        <text key={z} x={px(z)} y={PLOT.bottom + 26} textAnchor="middle" fontSize={19} fill="var(--fg-muted)">
          {z}
        </text>
      ))}
      <text x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 52} textAnchor="middle" fontSize={20} fill="var(--fg)">
        z
      </text>
      <path d={path(sigmoid)} fill="none" stroke="var(--c-blue)" strokeWidth={3} />
      <path d={path(slope)} fill="none" stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray="9 5" />
      <text x={px(-1.2)} y={py(0.62)} textAnchor="end" fontSize={21} fill="var(--fg)">
        σ(z), solid
      </text>
      <text x={px(0.6)} y={py(0.32)} fontSize={21} fill="var(--fg)">
        σ′(z) = σ(1 − σ), dashed
      </text>
      {EXAMPLE.map((p) =>
        p.shape === 'circle' ? (
          <circle key={p.z} cx={px(p.z)} cy={py(slope(p.z))} r={6} fill="var(--fg)" />
        ) : (
          <rect key={p.z} x={px(p.z) - 6} y={py(slope(p.z)) - 6} width={12} height={12} fill="var(--fg)" />
        ),
      )}
      <polygon
        points={`${px(SATURATED)},${py(slope(SATURATED)) - 8} ${px(SATURATED) - 7},${py(slope(SATURATED)) + 5} ${px(SATURATED) + 7},${py(slope(SATURATED)) + 5}`}
        fill="var(--fg)"
      />
      <text x={px(SATURATED)} y={py(slope(SATURATED)) - 18} textAnchor="middle" fontSize={19} fill="var(--fg)">
        <Rich text={`z = 5: σ′ = ${slope(SATURATED).toFixed(4)}`} />
      </text>
      {[
        { x: PLOT.left, y: 394, text: `● hidden h₁: σ′ = ${f3(slope(EXAMPLE[0].z))}` },
        { x: PLOT.left + 290, y: 394, text: `■ output o₁: σ′ = ${f3(slope(EXAMPLE[1].z))}` },
        { x: PLOT.left, y: 426, text: '▲ saturated neuron at z = 5' },
      ].map((item) => (
        <text key={item.text} x={item.x} y={item.y} fontSize={20} fill="var(--fg)">
          {item.text}
        </text>
      ))}
    </svg>
  );
}
