import { FigureSvg, logScale, powerOfTen } from '../kit/plot-svg';

const LAYERS = 10;
const W = 680;
const H = 420;

/**
 * A chain of sigmoid neurons, one per layer, and the size of the backpropagated error δ^l in each
 * layer when every weight is 1 and every neuron sits at z = 0, where σ′ is largest (1/4).
 */
export function GradientChain() {
  // |δ^l| / |∂C/∂a^10| = 0.25^(11 − l): one factor σ′ = 1/4 for every layer from l to 10.
  const ratios = Array.from({ length: LAYERS }, (_, i) => 0.25 ** (LAYERS - i));
  const plot = { left: 92, right: W - 16, top: 186, bottom: 356 };
  const y = logScale(1e-7, 1, plot.bottom, plot.top);
  const slot = (plot.right - plot.left) / LAYERS;
  const nodes = ['1', '2', '3', '⋯', '9', '10'];
  const nodeX = (i: number) => 150 + i * 80;

  return (
    <FigureSvg
      id="fig-gradient-chain"
      width={W}
      height={H}
      title="A chain of ten sigmoid neurons and the shrinking error signal"
      desc="Top: input x feeds neuron 1, then 2, 3, up to 10, then the cost C; the error travels back along the chain and is multiplied by w times sigma prime at every neuron. Bottom: a bar per layer on a logarithmic axis. With all weights 1 and sigma prime at its maximum 0.25, the error is 0.25 at layer 10, 0.0625 at layer 9, and so on down to 0.25 to the tenth power, about 9.5 times ten to the minus 7, at layer 1."
    >
      <defs>
        <marker id="gc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
        <marker id="gc-arrow-back" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--c-vermillion)" />
        </marker>
      </defs>

      {/* forward chain */}
      <text x={62} y={65} textAnchor="middle" fontSize={22} fontStyle="italic">x</text>
      <line x1={76} y1={58} x2={nodeX(0) - 26} y2={58} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd="url(#gc-arrow)" />
      {nodes.map((label, i) => (
        <g key={label}>
          {label === '⋯' ? (
            <text x={nodeX(i)} y={64} textAnchor="middle" fontSize={22}>⋯</text>
          ) : (
            <>
              <circle cx={nodeX(i)} cy={58} r={22} fill="var(--bg-soft)" stroke="var(--c-blue)" strokeWidth={2} />
              <text x={nodeX(i)} y={64} textAnchor="middle" fontSize={18}>{label}</text>
            </>
          )}
          {i < nodes.length - 1 && (
            <line x1={nodeX(i) + 24} y1={58} x2={nodeX(i + 1) - 26} y2={58} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd="url(#gc-arrow)" />
          )}
        </g>
      ))}
      <line x1={nodeX(5) + 24} y1={58} x2={nodeX(5) + 62} y2={58} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd="url(#gc-arrow)" />
      <text x={nodeX(5) + 80} y={65} textAnchor="middle" fontSize={22} fontStyle="italic">C</text>
      <text x={W / 2} y={24} textAnchor="middle" fontSize={18} fill="var(--fg-muted)">forward: z = w·a + b, a = σ(z)</text>

      {/* backward arrow */}
      <line x1={nodeX(5) + 40} y1={104} x2={nodeX(0) - 10} y2={104} stroke="var(--c-vermillion)" strokeWidth={2.5} markerEnd="url(#gc-arrow-back)" />
      <text x={W / 2} y={138} textAnchor="middle" fontSize={18} fill="var(--c-vermillion)">
        backward: × w·σ′(z) ≤ 0.25·w at every neuron
      </text>

      {/* bar chart of |δ^l| */}
      {[0, -2, -4, -6].map((e) => (
        <g key={e}>
          <line x1={plot.left} x2={plot.right} y1={y(10 ** e)} y2={y(10 ** e)} stroke="var(--border)" strokeWidth={1} />
          <text x={plot.left - 8} y={y(10 ** e) + 6} textAnchor="end" fontSize={16} fill="var(--fg-muted)">{powerOfTen(e)}</text>
        </g>
      ))}
      {ratios.map((r, i) => {
        const x = plot.left + i * slot + slot * 0.18;
        return (
          <g key={i}>
            <rect x={x} y={y(r)} width={slot * 0.64} height={plot.bottom - y(r)} fill="var(--c-vermillion)" fillOpacity={0.75} />
            <text x={x + slot * 0.32} y={plot.bottom + 22} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">{i + 1}</text>
          </g>
        );
      })}
      <line x1={plot.left + slot * 0.5} x2={plot.left + slot * 0.5} y1={y(ratios[0]) - 4} y2={y(1e-3) + 6} stroke="var(--fg)" strokeWidth={1} />
      <text x={plot.left + slot * 0.3} y={y(1e-3)} textAnchor="start" fontSize={17}>0.25¹⁰ ≈ 9.5 × 10⁻⁷</text>
      <text x={plot.left + 9.5 * slot} y={y(ratios[9]) - 8} textAnchor="middle" fontSize={17}>0.25</text>
      <text x={(plot.left + plot.right) / 2} y={H - 14} textAnchor="middle" fontSize={17} fill="var(--fg-muted)">layer l</text>
      <text x={20} y={plot.top + 85} fontSize={17} fill="var(--fg-muted)" transform={`rotate(-90 20 ${plot.top + 85})`} textAnchor="middle">
        |δˡ| relative
      </text>
    </FigureSvg>
  );
}
