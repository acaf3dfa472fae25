'use client';

import { useWidth } from '@/components/plots/use-width';
import type { NetworkSpec } from './network';
import type { Step } from './steps';

interface Props {
  net: NetworkSpec;
  /** The step being shown (null before the first). */
  step: Step | null;
  /** Activations known so far: a[l][j], or undefined when not yet computed. */
  known: (number | undefined)[][];
}

const R = 22;

/** Short names: x for inputs, h for the hidden layer, o for the output (a^l for deeper nets). */
export function nodeName(sizes: readonly number[], l: number, j: number): string {
  if (l === 0) return `x${j + 1}`;
  if (l === sizes.length - 1) return `o${j + 1}`;
  return sizes.length === 3 ? `h${j + 1}` : `a${l}.${j + 1}`;
}

/**
 * The network as circles and lines, weights printed on the lines. The step being shown lights up
 * the neurons and connections it uses; everything computed so far shows its value.
 */
export function NetworkDiagram({ net, step, known }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(560);
  const W = Math.max(300, width);
  const layers = net.sizes.length;
  const tallest = Math.max(...net.sizes);
  const H = Math.max(200, 90 * tallest + 40);
  const x = (l: number) => 50 + ((W - 100) * l) / (layers - 1);
  const y = (l: number, j: number) => H / 2 + (j - (net.sizes[l] - 1) / 2) * 90;
  const litNode = (l: number, j: number) => step?.nodes.some(([a, b]) => a === l && b === j) ?? false;
  const litEdge = (l: number, k: number, j: number) => step?.edges.some(([a, b, c]) => a === l && b === k && c === j) ?? false;
  let weightNumber = 0;

  return (
    <div ref={holder}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} className="plot network-diagram" role="img" aria-label={`A ${net.sizes.join('-')} network`}>
        {net.weights.map((Wl, l) =>
          Wl.map((row, j) =>
            row.map((w, k) => {
              weightNumber += 1;
              const lit = litEdge(l, k, j);
              // Label a third of the way along the edge, where lines from one neuron fan apart.
              const lx = x(l) + (x(l + 1) - x(l)) * 0.3;
              const ly = y(l, k) + (y(l + 1, j) - y(l, k)) * 0.3;
              return (
                <g key={`${l}-${j}-${k}`} className={lit ? 'edge lit' : 'edge'}>
                  <line x1={x(l) + R} y1={y(l, k)} x2={x(l + 1) - R} y2={y(l + 1, j)} />
                  <text x={lx} y={ly - 4} textAnchor="middle" className="edge-label">
                    {`w${weightNumber} = ${Number(w.toPrecision(4))}`}
                  </text>
                </g>
              );
            }),
          ),
        )}
        {net.sizes.map((n, l) =>
          Array.from({ length: n }, (_, j) => {
            const value = known[l]?.[j];
            return (
              <g key={`n${l}-${j}`} className={litNode(l, j) ? 'node lit' : 'node'}>
                <circle cx={x(l)} cy={y(l, j)} r={R} />
                <text x={x(l)} y={y(l, j)} dy="0.35em" textAnchor="middle" className="node-name">
                  {nodeName(net.sizes, l, j)}
                </text>
                {value !== undefined && (
                  <text x={x(l)} y={y(l, j) + R + 16} textAnchor="middle" className="node-value">
                    {Number(value.toPrecision(4))}
                  </text>
                )}
                {l === layers - 1 && (
                  <text x={x(l)} y={y(l, j) - R - 8} textAnchor="middle" className="node-target">
                    {`t = ${net.target[j]}`}
                  </text>
                )}
              </g>
            );
          }),
        )}
        {net.biases.map((b, l) => (
          <text key={`b${l}`} x={x(l + 1)} y={H - 6} textAnchor="middle" className="bias-label">
            {`b = ${b.map((v) => Number(v.toPrecision(4))).join(', ')}`}
          </text>
        ))}
      </svg>
    </div>
  );
}
