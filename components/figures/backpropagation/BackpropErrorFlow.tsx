// Equations (2) and (4) of the chapter at one neuron j of layer l: its error δj gathers the errors of
// the neurons it feeds, weighted by the same edges the signal went forward on, times f′(zj); the
// gradient of an incoming weight wjk is the activation at the edge's start times δj.
import { along, ArrowMarker, Pill, Rich, rimToRim, type Point } from './parts';

const R = 30;
const LEFT: Point = { x: 90, y: 170 };
const CENTRE: Point = { x: 330, y: 170 };
const RIGHT: Point[] = [
  { x: 580, y: 70 },
  { x: 580, y: 170 },
  { x: 580, y: 270 },
];

export function BackpropErrorFlow() {
  return (
    <svg viewBox="0 0 680 450" width={680} height={450} role="img" aria-labelledby="bp-flow-title bp-flow-desc">
      <title id="bp-flow-title">How the error of one neuron is computed from the layer above it</title>
      <desc id="bp-flow-desc">
        Neuron k of layer l minus 1 feeds neuron j of layer l through weight w j k. Neuron j feeds neurons 1, 2 and 3 of layer
        l plus 1 through weights w 1 j, w 2 j and w 3 j. Their errors delta 1, delta 2 and delta 3 travel back along the same
        edges: delta j equals f prime of z j times the sum of w k j times delta k. The gradient of w j k is a k times delta j.
      </desc>
      <defs>
        <ArrowMarker id="bp-flow-fwd" color="var(--fg-muted)" />
        <ArrowMarker id="bp-flow-back" color="var(--c-vermillion)" />
      </defs>
      {['layer l − 1', 'layer l', 'layer l + 1'].map((title, i) => (
        <text key={title} x={[LEFT.x, CENTRE.x, RIGHT[0].x][i]} y={24} textAnchor="middle" fontSize={21} fill="var(--fg-muted)">
          {title}
        </text>
      ))}
      <line {...rimToRim(LEFT, CENTRE, R, 2)} stroke="var(--fg-muted)" strokeWidth={2.5} markerEnd="url(#bp-flow-fwd)" />
      <text x={(LEFT.x + CENTRE.x) / 2} y={LEFT.y - 14} textAnchor="middle" fontSize={24} fill="var(--fg)">
        <Rich text="w_{jk}" />
      </text>
      {RIGHT.map((p, i) => {
        const forward = rimToRim(CENTRE, p, R, 2);
        const back = rimToRim(p, CENTRE, R, 2);
        // The backward arrow runs parallel to the forward edge, offset below it.
        const dx = p.x - CENTRE.x;
        const dy = p.y - CENTRE.y;
        const length = Math.hypot(dx, dy);
        const off = { x: (-dy / length) * -12, y: (dx / length) * 12 };
        return (
          <g key={i}>
            <line {...forward} stroke="var(--fg-muted)" strokeWidth={2} markerEnd="url(#bp-flow-fwd)" />
            <line
              x1={back.x1 + off.x}
              y1={back.y1 + off.y}
              x2={back.x2 + off.x}
              y2={back.y2 + off.y}
              stroke="var(--c-vermillion)"
              strokeWidth={2.5}
              strokeDasharray="8 5"
              markerEnd="url(#bp-flow-back)"
            />
            <Pill at={along(CENTRE, p, 0.62)} text={<Rich text={`w_{${i + 1}j}`} />} width={66} size={21} />
          </g>
        );
      })}
      <circle cx={LEFT.x} cy={LEFT.y} r={R} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={2} />
      <text x={LEFT.x} y={LEFT.y} dy="0.35em" textAnchor="middle" fontSize={26} fill="var(--fg)">
        k
      </text>
      <text x={LEFT.x} y={LEFT.y + R + 26} textAnchor="middle" fontSize={23} fill="var(--fg)">
        <Rich text="a_{k}" />
      </text>
      <circle cx={CENTRE.x} cy={CENTRE.y} r={R + 6} fill="var(--bg-soft)" stroke="var(--c-vermillion)" strokeWidth={3} />
      <text x={CENTRE.x} y={CENTRE.y} dy="0.35em" textAnchor="middle" fontSize={28} fill="var(--fg)">
        j
      </text>
      {RIGHT.map((p, i) => (
        <g key={i}>
          <circle cx={p.x} cy={p.y} r={R} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={2} />
          <text x={p.x} y={p.y} dy="0.35em" textAnchor="middle" fontSize={26} fill="var(--fg)">
            {i + 1}
          </text>
          <text x={p.x + R + 8} y={p.y} dy="0.35em" fontSize={24} fill="var(--c-vermillion)" fontWeight={700}>
            <Rich text={`δ_{${i + 1}}`} />
          </text>
        </g>
      ))}
      <rect x={150} y={320} width={500} height={50} rx={8} fill="var(--bg-soft)" stroke="var(--c-vermillion)" />
      <text x={400} y={345} dy="0.35em" textAnchor="middle" fontSize={23} fill="var(--fg)">
        <Rich text="(4)   δ_{j} = f′(z_{j}) · (w_{1j}δ_{1} + w_{2j}δ_{2} + w_{3j}δ_{3})" />
      </text>
      <rect x={30} y={385} width={420} height={50} rx={8} fill="var(--bg-soft)" stroke="var(--fg-muted)" />
      <text x={240} y={410} dy="0.35em" textAnchor="middle" fontSize={23} fill="var(--fg)">
        <Rich text="(2)   ∂C/∂w_{jk} = a_{k} · δ_{j}" />
      </text>
    </svg>
  );
}
