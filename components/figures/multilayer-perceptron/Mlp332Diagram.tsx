// The 3-3-2 network of the chapter's worked example: every connection drawn, one weight labelled
// to show the index convention w^l_{ij} (layer l, to neuron i, from neuron j).
import { ArrowMarker, Label, Sym } from '../kit/symbols';

const COLS = [95, 325, 555];
const LAYERS = [
  { x: COLS[0], ys: [90, 190, 290] },
  { x: COLS[1], ys: [90, 190, 290] },
  { x: COLS[2], ys: [140, 240] },
];
const R = 29;

function nodeLabel(layer: number, i: number) {
  if (layer === 0) return { s: 'x', sub: String(i + 1), sup: undefined };
  return { s: 'a', sub: String(i + 1), sup: String(layer) };
}

export function Mlp332Diagram() {
  const highlight = { from: [0, 0], to: [1, 1] } as const; // x₁ → hidden neuron 2: w¹₂₁
  return (
    <svg viewBox="0 0 650 400" role="img" aria-labelledby="fig-mlp332-title fig-mlp332-desc" style={{ maxWidth: 650 }}>
      <title id="fig-mlp332-title">A fully connected 3-3-2 network</title>
      <desc id="fig-mlp332-desc">
        Three input nodes x1, x2, x3 on the left, three hidden neurons a1, a2, a3 of layer 1 in the middle and two
        output neurons of layer 2 on the right. Every node is connected to every node of the next layer. The
        connection from x1 to hidden neuron 2 is highlighted and labelled w superscript 1 subscript 21: the weight in
        layer 1, row 2, column 1 of the matrix W1, which is 3 by 3; W2 is 2 by 3.
      </desc>
      <defs>
        <ArrowMarker id="mlp-arrow" color="var(--border)" />
        <ArrowMarker id="mlp-arrow-hi" color="var(--accent)" />
      </defs>
      {LAYERS.slice(0, 2).map((layer, l) =>
        layer.ys.map((y0, j) =>
          LAYERS[l + 1].ys.map((y1, i) => {
            const hi = highlight.from[0] === l && highlight.from[1] === j && highlight.to[1] === i;
            const dx = COLS[l + 1] - layer.x;
            const dy = y1 - y0;
            const len = Math.hypot(dx, dy);
            return (
              <line
                key={`${l}-${j}-${i}`}
                x1={layer.x + (dx / len) * R}
                y1={y0 + (dy / len) * R}
                x2={COLS[l + 1] - (dx / len) * (R + 3)}
                y2={y1 - (dy / len) * (R + 3)}
                stroke={hi ? 'var(--accent)' : 'var(--border)'}
                strokeWidth={hi ? 3.5 : 1.8}
                markerEnd={hi ? 'url(#mlp-arrow-hi)' : 'url(#mlp-arrow)'}
              />
            );
          }),
        ),
      )}
      {LAYERS.map((layer, l) =>
        layer.ys.map((y, i) => {
          const lab = nodeLabel(l, i);
          return (
            <g key={`${l}-${i}`}>
              <circle
                cx={layer.x}
                cy={y}
                r={R}
                fill="var(--bg-soft)"
                stroke={l === 0 ? 'var(--c-blue)' : l === 1 ? 'var(--c-orange)' : 'var(--c-green)'}
                strokeWidth={2.5}
              />
              <Sym s={lab.s} sub={lab.sub} sup={lab.sup} x={layer.x - 9} y={y + 6} size={22} />
            </g>
          );
        }),
      )}
      <Sym s="w" sup="1" sub="21" x={178} y={124} size={22} fill="var(--accent)" fontWeight={700} />

      <Label x={(COLS[0] + COLS[1]) / 2} y={28} textAnchor="middle" size={16} fill="var(--fg-muted)">
        W¹ (3 × 3), b¹ (3)
      </Label>
      <Label x={(COLS[1] + COLS[2]) / 2} y={28} textAnchor="middle" size={16} fill="var(--fg-muted)">
        W² (2 × 3), b² (2)
      </Label>
      {[
        ['input', 'l = 0'],
        ['hidden layer', 'l = 1'],
        ['output layer', 'l = 2'],
      ].map(([name, l], k) => (
        <g key={name}>
          <Label x={COLS[k]} y={352} textAnchor="middle" size={16} fontWeight={600}>
            {name}
          </Label>
          <Label x={COLS[k]} y={374} textAnchor="middle" size={15} fill="var(--fg-muted)">
            {l}
          </Label>
        </g>
      ))}
    </svg>
  );
}
