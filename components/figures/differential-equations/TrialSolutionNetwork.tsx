import { FigureSvg } from '../kit/plot-svg';

const W = 680;
const H = 330;

/** The network N(x, P) with one hidden layer, wrapped into the trial solution g_t(x) = g0 + x·N(x, P). */
export function TrialSolutionNetwork() {
  const input = { x: 46, y: 150 };
  const hidden = [66, 122, 178, 234].map((y) => ({ x: 178, y }));
  const out = { x: 306, y: 150 };
  const times = { x: 388, y: 126, w: 78, h: 48 };
  const plus = { x: 500, y: 126, w: 78, h: 48 };
  const arrow = 'url(#ts-arrow)';
  return (
    <FigureSvg
      id="fig-trial-network"
      width={W}
      height={H}
      title="The trial solution wraps a neural network"
      desc="The input x feeds four hidden sigmoid units with weights w j and biases b j. Their outputs, weighted by v j, are summed into the network output N of x and P. This output is multiplied by x and then g zero is added, giving the trial solution g t of x. A dashed line carries x around the network to the multiplication. At x equals 0 the product is 0, so g t of 0 equals g zero whatever the weights."
    >
      <defs>
        <marker id="ts-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="var(--fg-muted)" />
        </marker>
      </defs>
      {hidden.map((h, j) => (
        <g key={j}>
          <line x1={input.x + 20} y1={input.y} x2={h.x - 20} y2={h.y} stroke="var(--fg-muted)" strokeWidth={1.5} />
          <line x1={h.x + 20} y1={h.y} x2={out.x - 24} y2={out.y} stroke="var(--fg-muted)" strokeWidth={1.5} />
          <circle cx={h.x} cy={h.y} r={20} fill="var(--bg-soft)" stroke="var(--c-blue)" strokeWidth={2} />
          <text x={h.x} y={h.y + 6} textAnchor="middle" fontSize={18}>σ</text>
        </g>
      ))}
      <text x={100} y={262} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">wⱼ, bⱼ</text>
      <text x={250} y={262} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">vⱼ</text>

      <circle cx={input.x} cy={input.y} r={20} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={2} />
      <text x={input.x} y={input.y + 7} textAnchor="middle" fontSize={20} fontStyle="italic">x</text>

      <circle cx={out.x} cy={out.y} r={24} fill="var(--bg-soft)" stroke="var(--c-orange)" strokeWidth={2.5} />
      <text x={out.x} y={out.y + 6} textAnchor="middle" fontSize={18}>Σ</text>
      <text x={out.x} y={out.y + 48} textAnchor="middle" fontSize={17}>N(x, P)</text>

      <line x1={out.x + 26} y1={out.y} x2={times.x - 4} y2={out.y} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd={arrow} />
      <rect x={times.x} y={times.y} width={times.w} height={times.h} rx={8} fill="var(--bg-soft)" stroke="var(--c-vermillion)" strokeWidth={2} />
      <text x={times.x + times.w / 2} y={times.y + 31} textAnchor="middle" fontSize={19}>× x</text>
      <line x1={times.x + times.w} y1={out.y} x2={plus.x - 4} y2={out.y} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd={arrow} />
      <rect x={plus.x} y={plus.y} width={plus.w} height={plus.h} rx={8} fill="var(--bg-soft)" stroke="var(--c-green)" strokeWidth={2} />
      <text x={plus.x + plus.w / 2} y={plus.y + 31} textAnchor="middle" fontSize={19}>+ g₀</text>
      <line x1={plus.x + plus.w} y1={out.y} x2={W - 50} y2={out.y} stroke="var(--fg-muted)" strokeWidth={1.5} markerEnd={arrow} />
      <text x={W - 24} y={out.y + 7} textAnchor="middle" fontSize={20} fontStyle="italic">gₜ</text>

      {/* x also goes straight to the multiplication */}
      <path
        d={`M${input.x},${input.y - 22} C${input.x},${10} ${times.x + times.w / 2},${10} ${times.x + times.w / 2},${times.y - 4}`}
        fill="none"
        stroke="var(--c-vermillion)"
        strokeWidth={1.8}
        strokeDasharray="6 5"
        markerEnd={arrow}
      />
      <text x={times.x + times.w / 2 + 10} y={52} fontSize={16} fill="var(--c-vermillion)">x</text>

      <text x={W / 2} y={H - 36} textAnchor="middle" fontSize={17}>gₜ(x) = g₀ + x · N(x, P)</text>
      <text x={W / 2} y={H - 12} textAnchor="middle" fontSize={16} fill="var(--fg-muted)">at x = 0 the product vanishes: gₜ(0) = g₀ for every choice of weights P</text>
    </FigureSvg>
  );
}
