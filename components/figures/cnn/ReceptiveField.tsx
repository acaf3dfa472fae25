// Two stacked size-3 convolutions (stride 1), in 1D: a neuron of layer 2 sees 3 neurons of layer 1,
// which together see 5 inputs, the receptive field r₂ = 1 + 2 + 2 = 5 of the chapter's recursion.

const GAP = 40;
const X0 = 162;
const RADIUS = 12;

interface Layer {
  y: number;
  count: number;
  /** Horizontal offset in node positions, so each node sits above the middle of its window. */
  shift: number;
  name: string;
  field: string;
}

const LAYERS: Layer[] = [
  { y: 34, count: 5, shift: 2, name: 'layer 2', field: 'sees 5 inputs' },
  { y: 134, count: 7, shift: 1, name: 'layer 1', field: 'sees 3 inputs' },
  { y: 234, count: 9, shift: 0, name: 'input', field: '' },
];

const nodeX = (layer: Layer, i: number) => X0 + GAP * (i + layer.shift);

/** The highlighted neurons: node 2 of layer 2, the three it reads in layer 1, the five they read. */
const HIGHLIGHT: readonly (readonly number[])[] = [[2], [2, 3, 4], [2, 3, 4, 5, 6]];

export function ReceptiveFieldGrowth() {
  return (
    <svg viewBox="0 0 500 310" width={500} role="img" aria-labelledby="fig-cnn-rf-title fig-cnn-rf-desc">
      <title id="fig-cnn-rf-title">How the receptive field grows through two convolutions of size 3</title>
      <desc id="fig-cnn-rf-desc">
        Three rows of circles: 9 inputs at the bottom, 7 neurons in layer 1 and 5 neurons in layer 2. Every neuron is
        connected to the 3 neurons below it. The middle neuron of layer 2 is highlighted: it reads 3 neurons of layer 1,
        and these read 5 neighbouring inputs, so its receptive field is 5 inputs wide.
      </desc>
      {LAYERS.slice(0, 2).map((layer, l) => {
        const below = LAYERS[l + 1];
        return Array.from({ length: layer.count }, (_, i) =>
          [0, 1, 2].map((a) => {
            const j = i + layer.shift - below.shift - 1 + a;
            const hot = HIGHLIGHT[l].includes(i) && HIGHLIGHT[l + 1].includes(j);
            return (
              <line
                key={`${l}-${i}-${a}`}
                x1={nodeX(layer, i)}
                y1={layer.y + RADIUS}
                x2={nodeX(below, j)}
                y2={below.y - RADIUS}
                stroke={hot ? 'var(--c-vermillion)' : 'var(--border)'}
                strokeWidth={hot ? 2.6 : 1.2}
              />
            );
          }),
        );
      })}
      {LAYERS.map((layer, l) => (
        <g key={layer.name}>
          <text x={4} y={layer.y - 2} fontSize={18} fontWeight={700} fill="var(--fg)">
            {layer.name}
          </text>
          {layer.field && (
            <text x={4} y={layer.y + 20} fontSize={16} fill="var(--fg-muted)">
              {layer.field}
            </text>
          )}
          {Array.from({ length: layer.count }, (_, i) => {
            const hot = HIGHLIGHT[l].includes(i);
            return (
              <circle
                key={i}
                cx={nodeX(layer, i)}
                cy={layer.y}
                r={RADIUS}
                fill={hot ? 'var(--c-vermillion)' : 'var(--bg-soft)'}
                stroke={hot ? 'var(--c-vermillion)' : 'var(--fg-muted)'}
                strokeWidth={1.4}
              />
            );
          })}
        </g>
      ))}
      {/* A bracket under the five inputs that the top neuron depends on. */}
      <path
        d={`M${nodeX(LAYERS[2], 2) - RADIUS},260 v10 H${nodeX(LAYERS[2], 6) + RADIUS} v-10`}
        fill="none"
        stroke="var(--c-vermillion)"
        strokeWidth={2}
      />
      <text x={nodeX(LAYERS[2], 4)} y={296} fontSize={17} textAnchor="middle" fill="var(--fg)">
        receptive field: 5 inputs
      </text>
    </svg>
  );
}
