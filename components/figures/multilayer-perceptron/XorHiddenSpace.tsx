// How a hidden layer solves XOR: two hidden neurons draw two lines in the input plane (left) and
// map the four inputs to three points of a new plane in which one line separates the classes (right).
import { linearScale } from '../kit/function-plot';
import { Label, Sym } from '../kit/symbols';

const D: readonly [number, number] = [-0.35, 1.45];
type Pt = { x: readonly [number, number]; t: number; note?: string; noteAt?: readonly [number, number]; anchor?: 'start' | 'middle' | 'end' };

function Panel({ x0, title, axes, points, lines }: {
  x0: number;
  title: string;
  axes: [string, string];
  points: readonly Pt[];
  lines: readonly { c: number; w: [number, number]; dash?: string; label: string; at: [number, number]; anchor?: 'start' | 'end' }[];
}) {
  const sx = linearScale(D, [x0 + 10, x0 + 290]);
  const sy = linearScale(D, [330, 50]);
  /** The segment of w₁u + w₂v = c inside the square. */
  const seg = (w: [number, number], c: number) => {
    const pts: [number, number][] = [];
    for (const u of D) {
      const v = (c - w[0] * u) / w[1];
      if (v >= D[0] && v <= D[1]) pts.push([u, v]);
    }
    for (const v of D) {
      const u = (c - w[1] * v) / w[0];
      if (u > D[0] && u < D[1]) pts.push([u, v]);
    }
    return { x1: sx(pts[0][0]), y1: sy(pts[0][1]), x2: sx(pts[1][0]), y2: sy(pts[1][1]) };
  };
  return (
    <g>
      <Label x={x0 + 150} y={30} textAnchor="middle" size={17} fontWeight={600}>
        {title}
      </Label>
      <rect x={sx(D[0])} y={sy(D[1])} width={280} height={280} fill="none" stroke="var(--border)" />
      <line x1={sx(D[0])} x2={sx(D[1])} y1={sy(0)} y2={sy(0)} stroke="var(--fg-muted)" />
      <line x1={sx(0)} x2={sx(0)} y1={sy(D[0])} y2={sy(D[1])} stroke="var(--fg-muted)" />
      <Sym s={axes[0][0]} sub={axes[0].slice(1)} x={sx(D[1]) - 28} y={sy(0) + 26} size={18} />
      <Sym s={axes[1][0]} sub={axes[1].slice(1)} x={sx(0) + 8} y={sy(D[1]) + 22} size={18} />
      {lines.map((l) => (
        <g key={l.label}>
          <line {...seg(l.w, l.c)} stroke="var(--c-vermillion)" strokeWidth={3} strokeDasharray={l.dash} />
          <Label x={sx(l.at[0])} y={sy(l.at[1])} textAnchor={l.anchor ?? 'start'} size={15} fill="var(--c-vermillion)" fontWeight={700}>
            {l.label}
          </Label>
        </g>
      ))}
      {points.map((p) => (
        <g key={p.x.join() + (p.note ?? '')}>
          <circle
            cx={sx(p.x[0])}
            cy={sy(p.x[1])}
            r={11}
            fill={p.t === 1 ? 'var(--c-blue)' : 'var(--bg)'}
            stroke={p.t === 1 ? 'var(--c-blue)' : 'var(--c-orange)'}
            strokeWidth={3}
          />
          {p.note && (
            <Label
              x={p.noteAt ? sx(p.noteAt[0]) : sx(p.x[0]) + 16}
              y={p.noteAt ? sy(p.noteAt[1]) : sy(p.x[1]) - 14}
              textAnchor={p.anchor ?? 'start'}
              size={14}
              fill="var(--fg)"
            >
              {p.note}
            </Label>
          )}
        </g>
      ))}
    </g>
  );
}

export function XorHiddenSpace() {
  return (
    <svg viewBox="0 0 640 380" role="img" aria-labelledby="fig-xorh-title fig-xorh-desc" style={{ maxWidth: 640 }}>
      <title id="fig-xorh-title">A hidden layer makes XOR linearly separable</title>
      <desc id="fig-xorh-desc">
        Left, the input plane: hidden neuron 1 fires above the line x1 + x2 = 0.5 and hidden neuron 2 above the dashed
        line x1 + x2 = 1.5. Right, the hidden plane with axes h1 and h2: the input (0, 0) maps to (0, 0), both (0, 1)
        and (1, 0) map to (1, 0), and (1, 1) maps to (1, 1). There the single line h1 − h2 = 0.5 separates the class-1
        point (1, 0) from the two class-0 points.
      </desc>
      <Panel
        x0={8}
        title="input plane"
        axes={['x1', 'x2']}
        points={[
          { x: [0, 0], t: 0 },
          { x: [0, 1], t: 1 },
          { x: [1, 0], t: 1 },
          { x: [1, 1], t: 0 },
        ]}
        lines={[
          { c: 0.5, w: [1, 1], label: 'h₁', at: [-0.3, 0.62] },
          { c: 1.5, w: [1, 1], dash: '8 5', label: 'h₂', at: [0.6, 1.3] },
        ]}
      />
      <Panel
        x0={332}
        title="hidden plane"
        axes={['h1', 'h2']}
        points={[
          { x: [0, 0], t: 0, note: 'from (0,0)' },
          { x: [1, 0], t: 1, note: 'from (0,1), (1,0)', noteAt: [1, -0.25], anchor: 'middle' },
          { x: [1, 1], t: 0, note: 'from (1,1)' },
        ]}
        lines={[{ c: 0.5, w: [1, -1], label: 'h₁ − h₂ = 0.5', at: [0.66, 0.3], anchor: 'end' }]}
      />
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
