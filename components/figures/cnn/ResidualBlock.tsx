// A residual block (He et al. 2016): two weight layers compute F(x), the identity shortcut carries x
// around them, and the block outputs ReLU(F(x) + x).
import { ArrowHead } from './parts';

const CX = 190;
const BOX_W = 200;

function Layer({ y, label, color }: { y: number; label: string; color: string }) {
  return (
    <g>
      <rect x={CX - BOX_W / 2} y={y} width={BOX_W} height={40} rx={8} fill={color} stroke="var(--fg-muted)" strokeWidth={1.2} />
      <text x={CX} y={y + 20} dominantBaseline="central" textAnchor="middle" fontSize={17} fill="var(--fg)">
        {label}
      </text>
    </g>
  );
}

export function ResidualBlock() {
  const arrow = 'url(#fig-cnn-resblock-arrow)';
  const weight = 'color-mix(in srgb, var(--c-blue) 30%, var(--bg))';
  const relu = 'color-mix(in srgb, var(--c-green) 30%, var(--bg))';
  const down = (y1: number, y2: number) => (
    <line x1={CX} y1={y1} x2={CX} y2={y2} stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd={arrow} />
  );
  return (
    <svg viewBox="0 0 420 540" width={420} role="img" aria-labelledby="fig-cnn-resblock-title fig-cnn-resblock-desc">
      <title id="fig-cnn-resblock-title">A residual block</title>
      <desc id="fig-cnn-resblock-desc">
        The input x enters at the top and splits in two. The main path goes through a weight layer, a ReLU and a second
        weight layer, which together compute F of x. The shortcut path carries x unchanged around them. The two meet at
        an addition node that outputs F of x plus x, followed by a ReLU that gives the block's output.
      </desc>
      <defs>
        <ArrowHead id="fig-cnn-resblock-arrow" />
      </defs>

      <text x={CX} y={30} textAnchor="middle" fontSize={20} fontStyle="italic" fill="var(--fg)">
        x
      </text>
      {down(40, 86)}
      <Layer y={90} label="weight layer" color={weight} />
      {down(130, 156)}
      <Layer y={160} label="ReLU" color={relu} />
      {down(200, 226)}
      <Layer y={230} label="weight layer" color={weight} />
      {down(270, 318)}
      <text x={CX - 14} y={300} textAnchor="end" fontSize={18} fontStyle="italic" fill="var(--fg)">
        F(x)
      </text>

      {/* The identity shortcut: x skips both weight layers. */}
      <path
        d={`M${CX},58 H350 V340 H${CX + 24}`}
        fill="none"
        stroke="var(--c-vermillion)"
        strokeWidth={2.4}
        markerEnd="url(#fig-cnn-resblock-arrow)"
      />
      <text x={362} y={190} fontSize={16} fill="var(--fg)" transform="rotate(90 362 190)" textAnchor="middle">
        identity shortcut: x
      </text>

      <circle cx={CX} cy={340} r={20} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.8} />
      <text x={CX} y={341} dominantBaseline="central" textAnchor="middle" fontSize={24} fill="var(--fg)">
        +
      </text>
      {down(360, 396)}
      <text x={CX + 12} y={384} fontSize={18} fontStyle="italic" fill="var(--fg)">
        F(x) + x
      </text>
      <Layer y={400} label="ReLU" color={relu} />
      {down(440, 486)}
      <text x={CX} y={510} textAnchor="middle" fontSize={18} fontStyle="italic" fill="var(--fg)">
        y = ReLU(F(x) + x)
      </text>
    </svg>
  );
}
