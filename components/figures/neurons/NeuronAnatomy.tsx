// One artificial neuron: inputs, weights, the weighted sum with its bias, the activation f and the
// output, laid out left to right as in y = f(Σ wᵢxᵢ + b).
import { ArrowMarker, Label, Sym } from '../kit/symbols';

const INPUTS = [
  { i: '1', y: 70 },
  { i: '2', y: 160 },
  { i: 'n', y: 270 },
];
const SUM = { x: 330, y: 165, r: 46 };

export function NeuronAnatomy() {
  return (
    <svg viewBox="0 0 660 330" role="img" aria-labelledby="fig-neuron-title fig-neuron-desc" style={{ maxWidth: 660 }}>
      <title id="fig-neuron-title">An artificial neuron</title>
      <desc id="fig-neuron-desc">
        Inputs x1, x2 up to xn on the left are each multiplied by a weight w1, w2 up to wn. A summing node adds the
        weighted inputs and the bias b to give z. The activation function f turns z into the output y = f(z).
      </desc>
      <defs>
        <ArrowMarker id="neuron-arrow" />
      </defs>

      {INPUTS.map(({ i, y }) => (
        <g key={i}>
          <circle cx={60} cy={y} r={27} fill="var(--bg-soft)" stroke="var(--c-blue)" strokeWidth={2.5} />
          <Sym s="x" sub={i} x={60} y={y + 6} textAnchor="middle" size={22} />
          <line
            x1={88}
            y1={y}
            x2={SUM.x - SUM.r - 2}
            y2={SUM.y + (y - SUM.y) * 0.18}
            stroke="var(--fg-muted)"
            strokeWidth={2}
            markerEnd="url(#neuron-arrow)"
          />
          <Sym s="w" sub={i} x={175} y={y + (SUM.y - y) * 0.36 - 10} textAnchor="middle" size={21} fill="var(--c-blue)" />
        </g>
      ))}
      <text x={60} y={222} textAnchor="middle" fontSize={24} fill="var(--fg-muted)">
        ⋮
      </text>

      {/* bias enters from above */}
      <line x1={SUM.x} y1={34} x2={SUM.x} y2={SUM.y - SUM.r - 2} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#neuron-arrow)" />
      <Sym s="b" x={SUM.x + 12} y={40} size={22} fill="var(--c-vermillion)" />
      <Label x={SUM.x + 34} y={40} size={15} fill="var(--fg-muted)">
        bias
      </Label>

      <circle cx={SUM.x} cy={SUM.y} r={SUM.r} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={2.5} />
      <text x={SUM.x} y={SUM.y + 13} textAnchor="middle" fontSize={38} fill="var(--fg)">
        Σ
      </text>
      <Label x={SUM.x} y={SUM.y + SUM.r + 26} textAnchor="middle" size={15} fill="var(--fg-muted)">
        weighted sum
      </Label>

      <line x1={SUM.x + SUM.r} y1={SUM.y} x2={452} y2={SUM.y} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#neuron-arrow)" />
      <Sym s="z" x={413} y={SUM.y - 12} textAnchor="middle" size={22} />

      <rect x={455} y={SUM.y - 32} width={74} height={64} rx={10} fill="var(--bg-soft)" stroke="var(--c-orange)" strokeWidth={2.5} />
      <Sym s="f" x={492} y={SUM.y + 9} textAnchor="middle" size={28} />
      <Label x={492} y={SUM.y + 58} textAnchor="middle" size={15} fill="var(--fg-muted)">
        activation
      </Label>

      <line x1={529} y1={SUM.y} x2={598} y2={SUM.y} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#neuron-arrow)" />
      <Sym s="y" x={622} y={SUM.y + 7} textAnchor="middle" size={24} />

      <Sym s="z = w₁x₁ + w₂x₂ + ⋯ + wₙxₙ + b" x={330} y={312} textAnchor="middle" size={19} upright />
    </svg>
  );
}
