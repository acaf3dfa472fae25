// Dropout: the full network used for evaluation, and one "thinned" network sampled for a training
// minibatch, in which each hidden unit was dropped with probability p = 0.5.
import type { Point } from '../backpropagation/parts';

const R = 15;
const SIZES = [4, 5, 5, 2];
// Which hidden units this particular minibatch drops (layer index → unit indices).
const DROPPED: Record<number, number[]> = { 1: [1, 3], 2: [0, 2, 4] };

function layout(originX: number): Point[][] {
  return SIZES.map((n, l) =>
    Array.from({ length: n }, (_, i) => ({ x: originX + l * 90, y: 70 + ((i + 0.5) * 250) / n })),
  );
}

function Network({ originX, title, thinned }: { originX: number; title: string; thinned: boolean }) {
  const nodes = layout(originX);
  const dropped = (l: number, i: number) => thinned && (DROPPED[l] ?? []).includes(i);
  return (
    <g>
      <text x={originX + 135} y={34} textAnchor="middle" fontSize={21} fontWeight={700} fill="var(--fg)">
        {title}
      </text>
      {nodes.slice(0, -1).flatMap((layer, l) =>
        layer.flatMap((a, i) =>
          nodes[l + 1].map((b, j) =>
            dropped(l, i) || dropped(l + 1, j) ? null : (
              <line key={`${l}-${i}-${j}`} x1={a.x + R} y1={a.y} x2={b.x - R} y2={b.y} stroke="var(--fg-muted)" strokeOpacity={0.6} />
            ),
          ),
        ),
      )}
      {nodes.flatMap((layer, l) =>
        layer.map((p, i) =>
          dropped(l, i) ? (
            <g key={`${l}-${i}`}>
              <circle cx={p.x} cy={p.y} r={R} fill="none" stroke="var(--fg-muted)" strokeDasharray="4 3" />
              <path d={`M${p.x - 8},${p.y - 8} L${p.x + 8},${p.y + 8} M${p.x + 8},${p.y - 8} L${p.x - 8},${p.y + 8}`} stroke="var(--c-vermillion)" strokeWidth={2.5} />
            </g>
          ) : (
            <circle key={`${l}-${i}`} cx={p.x} cy={p.y} r={R} fill="var(--bg-soft)" stroke="var(--fg)" strokeWidth={1.5} />
          ),
        ),
      )}
    </g>
  );
}

export function DropoutNetwork() {
  return (
    <svg viewBox="0 0 680 370" width={680} height={370} role="img" aria-labelledby="drop-title drop-desc">
      <title id="drop-title">A network with and without dropout</title>
      <desc id="drop-desc">
        Left: the full network with 4 inputs, two hidden layers of 5 units and 2 outputs, as used for evaluation. Right: the
        same network for one training minibatch with dropout: 2 units of the first hidden layer and 3 of the second are
        crossed out, and all their connections are removed. Each minibatch drops a different random set.
      </desc>
      <Network originX={35} title="full network (evaluation)" thinned={false} />
      <line x1={340} x2={340} y1={50} y2={330} stroke="var(--border)" />
      <Network originX={385} title="one minibatch, p = 0.5" thinned />
      <text x={340} y={358} textAnchor="middle" fontSize={19} fill="var(--fg)">
        ✕ dropped this minibatch; kept outputs × 1/(1 − p) = 2
      </text>
    </svg>
  );
}
