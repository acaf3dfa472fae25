// The CONV → RELU → POOL → FC pipeline with the numbers of the notes' 5×5 "X" example (004):
// the diagonal filter gives [[7,−3,3],[−3,5,−3],[3,−3,7]], ReLU zeroes the negatives, and a 2×2
// max-pool with stride 1 leaves [[7,5],[5,7]]. tests/content/cnn.test.ts recomputes every number.
import { ArrowHead, NumberGrid } from './parts';

const IMAGE = [
  [-1, -1, -1, -1, -1],
  [-1, 1, -1, 1, -1],
  [-1, -1, 1, -1, -1],
  [-1, 1, -1, 1, -1],
  [-1, -1, -1, -1, -1],
];
const FILTER = [
  [1, -1, -1],
  [-1, 1, -1],
  [-1, -1, 1],
];
const FEATURE_MAP = [
  [7, -3, 3],
  [-3, 5, -3],
  [3, -3, 7],
];
const RELU = FEATURE_MAP.map((row) => row.map((v) => Math.max(0, v)));
const POOLED = [
  [7, 5],
  [5, 7],
];

const tint = (color: string, percent: number) => `color-mix(in srgb, ${color} ${percent}%, var(--bg))`;
const pixel = (v: number) => (v > 0 ? tint('var(--c-blue)', 55) : 'var(--bg-soft)');
const signed = (v: number) => (v > 0 ? tint('var(--c-orange)', 45) : v < 0 ? tint('var(--c-sky)', 30) : 'var(--bg-soft)');
const zeroMuted = (v: number) => (v === 0 ? 'var(--fg-muted)' : 'var(--fg)');

function Title({ x, y, children }: { x: number; y: number; children: string }) {
  return (
    <text x={x} y={y} fontSize={17} fontWeight={700} textAnchor="middle" fill="var(--fg)">
      {children}
    </text>
  );
}

export function ConvReluPoolPipeline() {
  const arrow = 'url(#fig-cnn-pipeline-arrow)';
  return (
    <svg viewBox="0 0 480 450" width={480} role="img" aria-labelledby="fig-cnn-pipeline-title fig-cnn-pipeline-desc">
      <title id="fig-cnn-pipeline-title">Convolution, ReLU and max-pooling with real numbers</title>
      <desc id="fig-cnn-pipeline-desc">
        Top row: a 5 by 5 image of an X made of plus and minus ones is cross-correlated with a 3 by 3 diagonal filter,
        giving the 3 by 3 feature map 7, minus 3, 3; minus 3, 5, minus 3; 3, minus 3, 7. The top-left value 7 comes
        from 8 agreeing pixels minus 1 disagreeing pixel. Bottom row: ReLU sets the negative values to zero, giving 7,
        0, 3; 0, 5, 0; 3, 0, 7. A 2 by 2 max-pool with stride 1 keeps 7, 5; 5, 7. These four numbers are flattened
        and passed to a fully connected layer that outputs class scores.
      </desc>
      <defs>
        <ArrowHead id="fig-cnn-pipeline-arrow" />
      </defs>

      {/* Row 1: image ⊗ filter = feature map */}
      <Title x={80} y={24}>input</Title>
      <NumberGrid x={5} y={36} values={IMAGE} cell={30} fontSize={15} fill={pixel} />
      <rect x={5} y={36} width={90} height={90} fill="none" stroke="var(--c-vermillion)" strokeWidth={3} />
      <text x={178} y={112} fontSize={26} textAnchor="middle" fill="var(--fg)">
        ⊗
      </text>
      <Title x={245} y={52}>filter</Title>
      <NumberGrid x={200} y={66} values={FILTER} cell={30} fontSize={15} fill={pixel} />
      <text x={313} y={113} fontSize={26} textAnchor="middle" fill="var(--fg)">
        =
      </text>
      <Title x={394} y={24}>feature map</Title>
      <NumberGrid x={334} y={40} values={FEATURE_MAP} cell={40} fontSize={19} fill={signed} />
      <rect x={334} y={40} width={40} height={40} fill="none" stroke="var(--c-vermillion)" strokeWidth={3} />
      <text x={5} y={210} fontSize={16} fill="var(--fg)">
        top-left: 8 pixels agree, 1 disagrees: 8 − 1 = 7
      </text>

      {/* The wrap-around connector carries the ReLU step into row 2. */}
      <polyline points="394,162 394,240 65,240 65,268" fill="none" stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd={arrow} />
      <text x={230} y={262} fontSize={17} textAnchor="middle" fill="var(--fg)">
        ReLU: max(0, z)
      </text>

      {/* Row 2: ReLU → max-pool → flatten → FC */}
      <NumberGrid x={5} y={276} values={RELU} cell={40} fontSize={19} fill={signed} ink={zeroMuted} />
      <rect x={5} y={276} width={80} height={80} fill="none" stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="6 3" />
      <text x={65} y={422} fontSize={16} textAnchor="middle" fill="var(--fg-muted)">
        after ReLU
      </text>

      <line x1={134} y1={336} x2={204} y2={336} stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd={arrow} />
      <text x={169} y={322} fontSize={16} textAnchor="middle" fill="var(--fg)">
        2 × 2 max
      </text>
      <text x={169} y={358} fontSize={16} textAnchor="middle" fill="var(--fg)">
        stride 1
      </text>
      <NumberGrid x={214} y={296} values={POOLED} cell={40} fontSize={19} fill={signed} />
      <rect x={214} y={296} width={40} height={40} fill="none" stroke="var(--c-vermillion)" strokeWidth={2.5} strokeDasharray="6 3" />
      <text x={254} y={422} fontSize={16} textAnchor="middle" fill="var(--fg-muted)">
        pooled
      </text>

      <line x1={304} y1={336} x2={340} y2={336} stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd={arrow} />
      <g fontSize={16} fill="var(--fg)">
        <text x={348} y={314}>flatten</text>
        <text x={348} y={341}>[7, 5, 5, 7]</text>
        <text x={348} y={368}>→ FC → scores</text>
      </g>
    </svg>
  );
}
