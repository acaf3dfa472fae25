// The 2-2-2 sigmoid network of the chapter's worked example, with every weight w1…w8 on its edge.
// w_jk^l runs from neuron k of layer l−1 to neuron j of layer l: W¹ = [[w1, w2], [w3, w4]] and
// W² = [[w5, w6], [w7, w8]] (row = receiving neuron, column = sending neuron).
import { along, ArrowMarker, Pill, rimToRim, type Point } from './parts';

const R = 36;
const COLUMNS = [80, 340, 600];
const ROWS = [130, 330];
const node = (layer: number, row: number): Point => ({ x: COLUMNS[layer], y: ROWS[row] });

interface Edge {
  label: string;
  from: Point;
  to: Point;
  layer: 1 | 2;
}

// Horizontal edges carry their label at the middle; crossing edges near their start, so that each
// label sits on one line only.
const EDGES: Edge[] = [
  { label: 'w₁', from: node(0, 0), to: node(1, 0), layer: 1 },
  { label: 'w₂', from: node(0, 1), to: node(1, 0), layer: 1 },
  { label: 'w₃', from: node(0, 0), to: node(1, 1), layer: 1 },
  { label: 'w₄', from: node(0, 1), to: node(1, 1), layer: 1 },
  { label: 'w₅', from: node(1, 0), to: node(2, 0), layer: 2 },
  { label: 'w₆', from: node(1, 1), to: node(2, 0), layer: 2 },
  { label: 'w₇', from: node(1, 0), to: node(2, 1), layer: 2 },
  { label: 'w₈', from: node(1, 1), to: node(2, 1), layer: 2 },
];

const NODES = [
  { at: node(0, 0), name: 'x₁', note: 'x₁ = 0.05' },
  { at: node(0, 1), name: 'x₂', note: 'x₂ = 0.10' },
  { at: node(1, 0), name: 'h₁', note: 'b = 0.35' },
  { at: node(1, 1), name: 'h₂', note: 'b = 0.35' },
  { at: node(2, 0), name: 'o₁', note: 't₁ = 0.01' },
  { at: node(2, 1), name: 'o₂', note: 't₂ = 0.99' },
];

const LEGEND = [
  { layer: 1 as const, text: 'W¹:  w₁…w₄ = 0.15, 0.20, 0.25, 0.30' },
  { layer: 2 as const, text: 'W²:  w₅…w₈ = 0.40, 0.45, 0.50, 0.55' },
];

const LAYER_TITLES = ['input', 'hidden, l = 1', 'output, l = 2'];

export function BackpropExampleNetwork() {
  const color = (layer: 1 | 2) => (layer === 1 ? 'var(--c-blue)' : 'var(--c-vermillion)');
  return (
    <svg viewBox="0 0 680 500" width={680} height={500} role="img" aria-labelledby="bp-net-title bp-net-desc">
      <title id="bp-net-title">The 2-2-2 example network with weights w1 to w8</title>
      <desc id="bp-net-desc">
        Two inputs x1 = 0.05 and x2 = 0.10 feed two sigmoid hidden neurons h1 and h2 (bias 0.35 each), which feed two
        sigmoid outputs o1 and o2 (bias 0.60 each) with targets 0.01 and 0.99. Edges: w1 from x1 to h1, w2 from x2 to h1,
        w3 from x1 to h2, w4 from x2 to h2, w5 from h1 to o1, w6 from h2 to o1, w7 from h1 to o2, w8 from h2 to o2.
      </desc>
      <defs>
        <ArrowMarker id="bp-net-arrow-1" color="var(--c-blue)" />
        <ArrowMarker id="bp-net-arrow-2" color="var(--c-vermillion)" />
      </defs>
      {LAYER_TITLES.map((title, i) => (
        <text key={title} x={COLUMNS[i]} y={26} textAnchor="middle" fontSize={22} fill="var(--fg-muted)">
          {title}
        </text>
      ))}
      {EDGES.map((e) => (
        <line
          key={e.label}
          {...rimToRim(e.from, e.to, R, 2)}
          stroke={color(e.layer)}
          strokeWidth={2.5}
          strokeDasharray={e.layer === 2 ? '9 5' : undefined}
          markerEnd={`url(#bp-net-arrow-${e.layer})`}
        />
      ))}
      {EDGES.map((e) => {
        const horizontal = e.from.y === e.to.y;
        return <Pill key={e.label} at={along(e.from, e.to, horizontal ? 0.5 : 0.3)} text={e.label} width={54} size={24} border={color(e.layer)} />;
      })}
      {NODES.map((n) => (
        <g key={n.name}>
          <circle cx={n.at.x} cy={n.at.y} r={R} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={2} />
          <text x={n.at.x} y={n.at.y} dy="0.35em" textAnchor="middle" fontSize={28} fill="var(--fg)">
            {n.name}
          </text>
          {/* Notes go outside the pair of rows, where no edge or weight label runs. */}
          <text x={n.at.x} y={n.at.y === ROWS[0] ? n.at.y - R - 12 : n.at.y + R + 26} textAnchor="middle" fontSize={22} fill="var(--fg)">
            {n.note}
          </text>
        </g>
      ))}
      {LEGEND.map((row, i) => (
        <g key={row.layer}>
          <line x1={100} x2={150} y1={440 + i * 32} y2={440 + i * 32} stroke={color(row.layer)} strokeWidth={3} strokeDasharray={row.layer === 2 ? '9 5' : undefined} />
          <text x={162} y={440 + i * 32} dy="0.35em" fontSize={21} fill="var(--fg)">
            {row.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
