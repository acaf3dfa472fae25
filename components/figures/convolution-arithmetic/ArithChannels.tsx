// A convolutional layer with channels: a 5×5×3 input, N = 2 kernels of 3×3×3, and a 3×3×2 output.
// Each channel is drawn as a sheet; deeper sheets are shifted up and to the right.

const DEPTH_SHIFT = 16;

const tint = (color: string, pct = 30) => `color-mix(in srgb, ${color} ${pct}%, var(--bg))`;

/** A stack of square sheets (one per channel) with a grid on each; sheet 0 is in front. */
function Stack({ x, y, cells, cell, colors, strokes = colors, dashes }: {
  x: number; y: number; cells: number; cell: number; colors: string[]; strokes?: string[]; dashes?: (string | undefined)[];
}) {
  const side = cells * cell;
  return (
    <g>
      {colors
        .map((color, d) => ({ color, d }))
        .reverse()
        .map(({ color, d }) => {
          const sx = x + d * DEPTH_SHIFT;
          const sy = y - d * DEPTH_SHIFT;
          return (
            <g key={d}>
              <rect x={sx} y={sy} width={side} height={side} fill={tint(color)} stroke={strokes[d]} strokeWidth={2.5} strokeDasharray={dashes?.[d]} />
              {Array.from({ length: cells - 1 }, (_, k) => (
                <g key={k}>
                  <line x1={sx + (k + 1) * cell} x2={sx + (k + 1) * cell} y1={sy} y2={sy + side} stroke={color} strokeWidth={0.75} opacity={0.6} />
                  <line x1={sx} x2={sx + side} y1={sy + (k + 1) * cell} y2={sy + (k + 1) * cell} stroke={color} strokeWidth={0.75} opacity={0.6} />
                </g>
              ))}
            </g>
          );
        })}
    </g>
  );
}

export function ArithChannels() {
  const inputColors = ['var(--c-vermillion)', 'var(--c-green)', 'var(--c-blue)'];
  const kernelColors = ['var(--fg-muted)', 'var(--c-purple)'];
  const kernelDash = [undefined, '6 3'];
  const base = 250;
  const inCell = 26;
  const kCell = 20;
  const outCell = 30;
  return (
    <svg viewBox="0 0 680 330" role="img" aria-labelledby="channels-title channels-desc" width="680">
      <title id="channels-title">Convolution with several input and output channels</title>
      <desc id="channels-desc">
        An input volume of 5 by 5 by 3, drawn as three stacked channels. Two kernels, each 3 by 3 by 3, so each has one
        slice per input channel. Each kernel produces one 3 by 3 output map; the two maps are stacked into an output volume
        of 3 by 3 by 2.
      </desc>
      {/* input */}
      <Stack x={24} y={base - 5 * inCell} cells={5} cell={inCell} colors={inputColors} />
      <text x={24 + 2.5 * inCell + DEPTH_SHIFT} y={base + 30} textAnchor="middle" fontSize={16} fill="var(--fg)">input</text>
      <text x={24 + 2.5 * inCell + DEPTH_SHIFT} y={base + 52} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">W₁ × H₁ × D₁ = 5 × 5 × 3</text>

      <text x={226} y={base - 60} textAnchor="middle" dominantBaseline="central" fontSize={44} fill="var(--fg)">⋆</text>

      {/* kernels */}
      {kernelColors.map((color, n) => (
        <g key={n}>
          <Stack x={262} y={base - 150 + n * 110 - 3 * kCell + 30} cells={3} cell={kCell} colors={inputColors} strokes={[color, color, color]} dashes={[kernelDash[n], kernelDash[n], kernelDash[n]]} />
          <text x={262 + 3 * kCell + 3 * DEPTH_SHIFT + 10} y={base - 150 + n * 110 - 1.5 * kCell + 30} dominantBaseline="central" fontSize={15} fill="var(--fg)">
            {`kernel ${n + 1}`}
          </text>
        </g>
      ))}
      <text x={300} y={base + 30} textAnchor="middle" fontSize={16} fill="var(--fg)">N = 2 kernels</text>
      <text x={300} y={base + 52} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">each K × K × D₁ = 3 × 3 × 3</text>

      <text x={464} y={base - 60} textAnchor="middle" dominantBaseline="central" fontSize={30} fill="var(--fg)">=</text>

      {/* output */}
      <Stack x={502} y={base - 3 * outCell - 30} cells={3} cell={outCell} colors={kernelColors} dashes={kernelDash} />
      <text x={502 + 1.5 * outCell + DEPTH_SHIFT / 2} y={base + 30} textAnchor="middle" fontSize={16} fill="var(--fg)">output</text>
      <text x={502 + 1.5 * outCell + DEPTH_SHIFT / 2} y={base + 52} textAnchor="middle" fontSize={15} fill="var(--fg-muted)">W₂ × H₂ × N = 3 × 3 × 2</text>
      <text x={502 + 3 * outCell + DEPTH_SHIFT + 12} y={base - 30 - 1.5 * outCell} dominantBaseline="central" fontSize={14} fill="var(--fg-muted)">map 1</text>
      <text x={502 + 3 * outCell + DEPTH_SHIFT + 12} y={base - 30 - 1.5 * outCell - 22} dominantBaseline="central" fontSize={14} fill="var(--fg-muted)">map 2</text>
    </svg>
  );
}
