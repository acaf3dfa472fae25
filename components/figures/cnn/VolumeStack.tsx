// The example stack of section "Neurons arranged in volumes": INPUT 32×32×3 → CONV+RELU 32×32×12
// → POOL 16×16×12 → FC 1×1×10, drawn top to bottom as boxes, with one 3×3×3 receptive field and
// the depth column of 12 neurons that reads it. Narrow and tall so that it stays legible on a phone.
import { ArrowHead } from './parts';

interface Box {
  x: number;
  y: number;
  /** Side of the square front face (width × height of the volume). */
  side: number;
  /** Depth in drawing units (proportional to the number of channels). */
  depth: number;
}

const SLANT_X = 0.8;
const SLANT_Y = -0.55;

function Cuboid({ box, color, stroke = 'var(--fg-muted)', slices = 0 }: { box: Box; color: string; stroke?: string; slices?: number }) {
  const { x, y, side: s, depth: d } = box;
  const dx = d * SLANT_X;
  const dy = d * SLANT_Y;
  const top = `${x},${y} ${x + dx},${y + dy} ${x + s + dx},${y + dy} ${x + s},${y}`;
  const right = `${x + s},${y} ${x + s + dx},${y + dy} ${x + s + dx},${y + s + dy} ${x + s},${y + s}`;
  const cuts = Array.from({ length: Math.max(0, slices - 1) }, (_, i) => ((i + 1) * d) / slices);
  return (
    <g stroke={stroke} strokeWidth={1.2}>
      <polygon points={top} fill={color} fillOpacity={0.55} />
      <polygon points={right} fill={color} fillOpacity={0.8} />
      <rect x={x} y={y} width={s} height={s} fill={color} fillOpacity={0.3} />
      {cuts.map((c) => (
        <polyline
          key={c}
          fill="none"
          points={`${x + c * SLANT_X},${y + c * SLANT_Y} ${x + s + c * SLANT_X},${y + c * SLANT_Y} ${x + s + c * SLANT_X},${y + s + c * SLANT_Y}`}
        />
      ))}
    </g>
  );
}

const CX = 110;
const input: Box = { x: CX - 55, y: 52, side: 110, depth: 12 };
const conv: Box = { x: CX - 55, y: 262, side: 110, depth: 48 };
const pool: Box = { x: CX - 28, y: 462, side: 56, depth: 48 };
const fc: Box = { x: CX - 7, y: 596, side: 14, depth: 40 };
const patch: Box = { x: input.x + 16, y: input.y + 18, side: 20, depth: 12 };
const neuron: Box = { x: conv.x + 44, y: conv.y + 40, side: 9, depth: 48 };

const LABELS: { box: Box; name: string; shape: string }[] = [
  { box: input, name: 'input', shape: '32 × 32 × 3' },
  { box: conv, name: 'conv + ReLU', shape: '32 × 32 × 12' },
  { box: pool, name: 'pool', shape: '16 × 16 × 12' },
  { box: fc, name: 'FC', shape: '1 × 1 × 10' },
];

const ARROWS: { from: number; to: number; label: string }[] = [
  { from: 172, to: 226, label: 'CONV: 12 filters, then ReLU' },
  { from: 382, to: 430, label: 'POOL: 2 × 2, stride 2' },
  { from: 528, to: 570, label: 'FC: 10 units' },
];

export function CnnVolumeStack() {
  const labelX = 250;
  return (
    <svg viewBox="0 0 480 640" width={480} role="img" aria-labelledby="fig-cnn-volumes-title fig-cnn-volumes-desc">
      <title id="fig-cnn-volumes-title">A convolutional network as a stack of 3D volumes</title>
      <desc id="fig-cnn-volumes-desc">
        Four boxes from top to bottom. The input volume is 32 by 32 by 3, the red, green and blue channels. A CONV
        layer with 12 filters and a ReLU turn it into a 32 by 32 by 12 volume. A 2 by 2 pooling layer halves width and
        height to 16 by 16 by 12. A fully connected layer gives a 1 by 1 by 10 volume of class scores. A highlighted 3 by
        3 by 3 patch of the input connects to one column of 12 neurons in the convolution volume, one per filter.
      </desc>
      <defs>
        <ArrowHead id="fig-cnn-volumes-arrow" />
      </defs>

      {ARROWS.map(({ from, to, label }) => (
        <g key={from}>
          <line x1={CX} y1={from} x2={CX} y2={to} stroke="var(--fg-muted)" strokeWidth={1.8} markerEnd="url(#fig-cnn-volumes-arrow)" />
          <text x={CX + 22} y={(from + to) / 2} dominantBaseline="central" fontSize={17} fill="var(--fg)">
            {label}
          </text>
        </g>
      ))}

      <Cuboid box={input} color="var(--c-sky)" slices={3} />
      <Cuboid box={conv} color="var(--c-blue)" />
      <Cuboid box={pool} color="var(--c-green)" />
      <Cuboid box={fc} color="var(--c-orange)" slices={10} />

      {/* The receptive field: a 3×3×3 patch of the input feeds one depth column of the conv volume. */}
      <line x1={patch.x} y1={patch.y + patch.side} x2={neuron.x} y2={neuron.y} stroke="var(--c-vermillion)" strokeWidth={1.6} />
      <line
        x1={patch.x + patch.side}
        y1={patch.y + patch.side}
        x2={neuron.x + neuron.side}
        y2={neuron.y}
        stroke="var(--c-vermillion)"
        strokeWidth={1.6}
      />
      <Cuboid box={patch} color="var(--c-vermillion)" stroke="var(--c-vermillion)" />
      <Cuboid box={neuron} color="var(--c-vermillion)" stroke="var(--c-vermillion)" slices={12} />

      {LABELS.map(({ box, name, shape }) => {
        const cy = box.y + box.side / 2 - 10;
        return (
          <g key={name}>
            <text x={labelX} y={cy} fontSize={19} fontWeight={700} fill="var(--fg)">
              {name}
            </text>
            <text x={labelX} y={cy + 24} fontSize={18} fill="var(--fg-muted)">
              {shape}
            </text>
          </g>
        );
      })}
      <g fontSize={16} fill="var(--fg)">
        <rect x={labelX} y={input.y + input.side / 2 + 33} width={12} height={12} fill="var(--c-vermillion)" />
        <text x={labelX + 18} y={input.y + input.side / 2 + 44}>
          one 3 × 3 × 3 patch
        </text>
        <rect x={labelX} y={conv.y + conv.side / 2 + 33} width={12} height={12} fill="var(--c-vermillion)" />
        <text x={labelX + 18} y={conv.y + conv.side / 2 + 44}>
          12 neurons (one per
        </text>
        <text x={labelX + 18} y={conv.y + conv.side / 2 + 64}>
          filter) that read it
        </text>
      </g>
    </svg>
  );
}
