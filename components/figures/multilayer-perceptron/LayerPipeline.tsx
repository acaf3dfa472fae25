// A network as a composition: affine maps T^l alternating with the activation σ, the last map
// affine only (the regression form N(x) = T^L ∘ σ ∘ T^{L−1} ∘ ⋯ ∘ σ ∘ T^1(x)).
import { ArrowMarker, Label, MATH_FONT } from '../kit/symbols';

const ITEMS = [
  { t: 'x', kind: 'io' },
  { t: 'T¹', kind: 'affine' },
  { t: 'σ', kind: 'act' },
  { t: 'T²', kind: 'affine' },
  { t: 'σ', kind: 'act' },
  { t: '⋯', kind: 'dots' },
  { t: 'Tᴸ', kind: 'affine' },
  { t: 'N(x)', kind: 'io' },
] as const;

const W = 58;
const GAP = 22;
const X0 = 8;
const Y = 40;
const H = 50;

export function LayerPipeline() {
  const xs = ITEMS.map((_, i) => X0 + i * (W + GAP));
  const bracket = (from: number, to: number, text: string, sub?: string) => {
    const a = xs[from];
    const b = xs[to] + W;
    return (
      <g>
        <path d={`M${a},${Y + H + 12} v8 H${b} v-8`} fill="none" stroke="var(--fg-muted)" strokeWidth={1.5} />
        <Label x={(a + b) / 2} y={Y + H + 42} textAnchor="middle" size={15}>
          {text}
        </Label>
        {sub && (
          <Label x={(a + b) / 2} y={Y + H + 62} textAnchor="middle" size={15} fill="var(--fg-muted)">
            {sub}
          </Label>
        )}
      </g>
    );
  };
  return (
    <svg viewBox="0 0 640 180" role="img" aria-labelledby="fig-pipeline-title fig-pipeline-desc" style={{ maxWidth: 640 }}>
      <title id="fig-pipeline-title">A network as a composition of functions</title>
      <desc id="fig-pipeline-desc">
        The input x passes through the affine map T1, then the activation sigma, then T2, then sigma again, and so on,
        until a last affine map TL produces the output N(x). Each pair of an affine map and an activation is one hidden
        layer; the output layer is affine only.
      </desc>
      <defs>
        <ArrowMarker id="pipe-arrow" />
      </defs>
      {ITEMS.map((item, i) => {
        const x = xs[i];
        const box =
          item.kind === 'affine'
            ? { stroke: 'var(--c-blue)', fill: 'var(--bg-soft)' }
            : item.kind === 'act'
              ? { stroke: 'var(--c-orange)', fill: 'var(--bg-soft)' }
              : null;
        return (
          <g key={i}>
            {box && <rect x={x} y={Y} width={W} height={H} rx={item.kind === 'act' ? 25 : 6} fill={box.fill} stroke={box.stroke} strokeWidth={2.5} />}
            <text
              x={x + W / 2}
              y={Y + H / 2 + 8}
              textAnchor="middle"
              fontFamily={MATH_FONT}
              fontStyle={item.kind === 'dots' ? 'normal' : 'italic'}
              fontSize={item.kind === 'io' && item.t.length > 1 ? 20 : 24}
              fill="var(--fg)"
            >
              {item.t}
            </text>
            {i < ITEMS.length - 1 && (
              <line x1={x + W + 2} x2={x + W + GAP - 2} y1={Y + H / 2} y2={Y + H / 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#pipe-arrow)" />
            )}
          </g>
        );
      })}
      {bracket(1, 2, 'hidden layer 1')}
      {bracket(3, 4, 'hidden layer 2')}
      {bracket(6, 6, 'output', '(affine)')}
    </svg>
  );
}
