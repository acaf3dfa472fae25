// The 64-50-10 digits network, drawn with a few representative neurons per layer, and its
// parameter count: 64·50 weights + 50 biases = 3250, 50·10 weights + 10 biases = 510.
import type { Point } from '../backpropagation/parts';

const R = 13;
// `shown` is even for elided layers, so the gap with "⋮" falls exactly in the middle.
const LAYERS = [
  { x: 90, count: 64, shown: 6, title: '64 inputs', subtitle: 'pixels 0–16' },
  { x: 340, count: 50, shown: 6, title: '50 hidden', subtitle: 'sigmoid' },
  { x: 590, count: 10, shown: 10, title: '10 outputs', subtitle: 'softmax' },
];
const TOP = 90;
const BOTTOM = 370;

/** Positions of the drawn neurons; layers with more neurons than drawn get a gap with "⋮" in it. */
function positions(shown: number, elided: boolean): Point[] {
  const slots = elided ? shown + 1 : shown;
  const gap = (BOTTOM - TOP) / (slots - 1);
  const ys = Array.from({ length: slots }, (_, i) => TOP + i * gap);
  if (elided) ys.splice(Math.floor(slots / 2), 1);
  return ys.map((y) => ({ x: 0, y }));
}

export function DigitsNetwork() {
  const nodes = LAYERS.map((layer) => positions(layer.shown, layer.shown < layer.count).map((p) => ({ x: layer.x, y: p.y })));
  const counts = [
    { x: 215, lines: ['64 × 50 = 3200 weights', '+ 50 biases = 3250'] },
    { x: 465, lines: ['50 × 10 = 500 weights', '+ 10 biases = 510'] },
  ];
  return (
    <svg viewBox="0 0 680 500" width={680} height={500} role="img" aria-labelledby="mlp-title mlp-desc">
      <title id="mlp-title">The 64-50-10 network for the digits</title>
      <desc id="mlp-desc">
        64 input neurons, one per pixel, are fully connected to 50 sigmoid hidden neurons: 64 times 50 equals 3200 weights plus
        50 biases, 3250 parameters. The hidden layer is fully connected to 10 softmax outputs, one per digit: 500 weights plus
        10 biases, 510 parameters. 3760 parameters in all.
      </desc>
      {nodes.slice(0, 2).map((layer, l) =>
        layer.flatMap((a, i) =>
          nodes[l + 1].map((b, j) => (
            <line key={`${l}-${i}-${j}`} x1={a.x + R} y1={a.y} x2={b.x - R} y2={b.y} stroke="var(--fg-muted)" strokeOpacity={0.35} strokeWidth={1} />
          )),
        ),
      )}
      {nodes.map((layer, l) => (
        <g key={l}>
          <text x={LAYERS[l].x} y={30} textAnchor="middle" fontSize={22} fill="var(--fg)" fontWeight={700}>
            {LAYERS[l].title}
          </text>
          <text x={LAYERS[l].x} y={54} textAnchor="middle" fontSize={19} fill="var(--fg-muted)">
            {LAYERS[l].subtitle}
          </text>
          {layer.map((p, i) => (
            <circle key={i} cx={p.x} cy={p.y} r={R} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={1.5} />
          ))}
          {LAYERS[l].shown < LAYERS[l].count && (
            <text x={LAYERS[l].x} y={(TOP + BOTTOM) / 2} dy="0.35em" textAnchor="middle" fontSize={24} fill="var(--fg)">
              ⋮
            </text>
          )}
        </g>
      ))}
      {nodes[2].map((p, i) => (
        <text key={i} x={p.x + R + 8} y={p.y} dy="0.35em" fontSize={17} fill="var(--fg-muted)">
          {`“${i}”`}
        </text>
      ))}
      {counts.map((c) => (
        <g key={c.x}>
          <rect x={c.x - 120} y={398} width={240} height={64} rx={8} fill="var(--bg)" stroke="var(--border)" />
          {c.lines.map((line, k) => (
            <text key={line} x={c.x} y={424 + k * 26} textAnchor="middle" fontSize={19} fill="var(--fg)">
              {line}
            </text>
          ))}
        </g>
      ))}
      <text x={340} y={492} textAnchor="middle" fontSize={21} fill="var(--fg)" fontWeight={700}>
        3250 + 510 = 3760 parameters
      </text>
    </svg>
  );
}
