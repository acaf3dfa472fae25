// The step-through: one quantity per step, in the order a hand calculation would go. Each step
// carries its value, the chapter equation it uses, that equation with the numbers substituted
// (TeX), and which nodes and edges of the diagram take part.
import { ACTIVATIONS, backward, finiteDifference, forward, relativeError, update, type NetworkSpec, type ParameterRef } from './network';

export type StepKind = 'z' | 'a' | 'cost' | 'delta-output' | 'delta-hidden' | 'grad-w' | 'grad-b' | 'update';

/** A node is [layer, index]; an edge is [layer of its source, source index, target index]. */
export type NodeRef = readonly [number, number];
export type EdgeRef = readonly [number, number, number];

export interface Step {
  kind: StepKind;
  /** TeX name of the quantity, e.g. "z^{1}_{1}" or "\\partial C/\\partial w^{2}_{11}". */
  symbol: string;
  value: number;
  /** The equation with the numbers substituted, in TeX. */
  working: string;
  /** Which of the chapter's four equations (1–4) the step applies, if any. */
  equation: 1 | 2 | 3 | 4 | null;
  nodes: NodeRef[];
  edges: EdgeRef[];
  /** For gradients: the finite-difference estimate and its relative error. */
  check?: { numeric: number; relativeError: number };
  /** For the update steps: the new weight matrix and bias vector of that layer. */
  updated?: { weights: number[][]; biases: number[] };
}

/** Numbers inside equations: 4 significant digits, like a careful hand calculation. */
export const short = (v: number) => {
  const r = Number(v.toPrecision(4));
  return Object.is(r, -0) ? '0' : String(r);
};
const paren = (v: number) => (v < 0 ? `(${short(v)})` : short(v));

function derivativeWorking(net: NetworkSpec, z: number, a: number): string {
  switch (net.activation) {
    case 'sigmoid':
      return `${short(a)}\\,(1 - ${short(a)})`;
    case 'tanh':
      return `(1 - ${paren(a)}^2)`;
    case 'relu':
      return z > 0 ? '1' : '0';
  }
}

export function buildSteps(net: NetworkSpec, eta: number, trainBias: boolean): Step[] {
  const pass = forward(net);
  const grads = backward(net, pass);
  const L = net.weights.length;
  const act = ACTIVATIONS[net.activation];
  const steps: Step[] = [];
  const all = (l: number): NodeRef[] => Array.from({ length: net.sizes[l] }, (_, j) => [l, j] as const);

  // Forward pass: z^l_j = Σ_k w^l_jk a^{l−1}_k + b^l_j, then a^l_j = f(z^l_j).
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < net.sizes[l]; j++) {
      const row = net.weights[l - 1][j];
      const terms = row.map((w, k) => `${paren(w)} \\cdot ${paren(pass.a[l - 1][k])}`).join(' + ');
      steps.push({
        kind: 'z',
        symbol: `z^{${l}}_{${j + 1}}`,
        value: pass.z[l][j],
        working: `z^{${l}}_{${j + 1}} = ${terms} + ${paren(net.biases[l - 1][j])} = ${short(pass.z[l][j])}`,
        equation: null,
        nodes: [...all(l - 1), [l, j]],
        edges: row.map((_w, k) => [l - 1, k, j] as const),
      });
      steps.push({
        kind: 'a',
        symbol: `a^{${l}}_{${j + 1}}`,
        value: pass.a[l][j],
        working: `a^{${l}}_{${j + 1}} = ${act.tex}(${short(pass.z[l][j])}) = ${short(pass.a[l][j])}`,
        equation: null,
        nodes: [[l, j]],
        edges: [],
      });
    }
  }

  const out = pass.a[L];
  steps.push({
    kind: 'cost',
    symbol: 'C',
    value: pass.cost,
    working: `C = \\tfrac12 \\left[ ${out.map((aj, j) => `(${short(aj)} - ${short(net.target[j])})^2`).join(' + ')} \\right] = ${short(pass.cost)}`,
    equation: null,
    nodes: all(L),
    edges: [],
  });

  // Weights are also numbered w1, w2, … in row-major order, layer by layer, as on the diagram.
  const weightOffset = net.weights.map((_W, l) => net.weights.slice(0, l).reduce((n, W) => n + W.length * W[0].length, 0));
  const weightName = (l: number, j: number, k: number) => `w_{${weightOffset[l - 1] + j * net.sizes[l - 1] + k + 1}}`;

  for (let l = L; l >= 1; l--) {
    for (let j = 0; j < net.sizes[l]; j++) {
      const d = grads.delta[l][j];
      const fprime = derivativeWorking(net, pass.z[l][j], pass.a[l][j]);
      if (l === L) {
        steps.push({
          kind: 'delta-output',
          symbol: `\\delta^{${l}}_{${j + 1}}`,
          value: d,
          working: `\\delta^{${l}}_{${j + 1}} = (${short(out[j])} - ${short(net.target[j])}) \\cdot ${fprime} = ${short(d)}`,
          equation: 1,
          nodes: [[l, j]],
          edges: [],
        });
      } else {
        const sum = net.weights[l].map((row, k) => `${paren(row[j])} \\cdot ${paren(grads.delta[l + 1][k])}`).join(' + ');
        steps.push({
          kind: 'delta-hidden',
          symbol: `\\delta^{${l}}_{${j + 1}}`,
          value: d,
          working: `\\delta^{${l}}_{${j + 1}} = (${sum}) \\cdot ${fprime} = ${short(d)}`,
          equation: 4,
          nodes: [[l, j], ...all(l + 1)],
          edges: net.weights[l].map((_row, k) => [l, j, k] as const),
        });
      }
    }
    for (let j = 0; j < net.sizes[l]; j++) {
      for (let k = 0; k < net.sizes[l - 1]; k++) {
        const g = grads.gradW[l - 1][j][k];
        const numeric = finiteDifference(net, { kind: 'w', layer: l - 1, j, k });
        steps.push({
          kind: 'grad-w',
          symbol: `\\partial C/\\partial ${weightName(l, j, k)}`,
          value: g,
          working: `\\frac{\\partial C}{\\partial ${weightName(l, j, k)}} = \\frac{\\partial C}{\\partial w^{${l}}_{${j + 1}${k + 1}}} = \\delta^{${l}}_{${j + 1}}\\, a^{${l - 1}}_{${k + 1}} = ${paren(grads.delta[l][j])} \\cdot ${paren(pass.a[l - 1][k])} = ${short(g)}`,
          equation: 2,
          nodes: [[l - 1, k], [l, j]],
          edges: [[l - 1, k, j]],
          check: { numeric, relativeError: relativeError(g, numeric) },
        });
      }
      const gb = grads.gradB[l - 1][j];
      const ref: ParameterRef = { kind: 'b', layer: l - 1, j };
      const numeric = finiteDifference(net, ref);
      steps.push({
        kind: 'grad-b',
        symbol: `\\partial C/\\partial b^{${l}}_{${j + 1}}`,
        value: gb,
        working: `\\frac{\\partial C}{\\partial b^{${l}}_{${j + 1}}} = \\delta^{${l}}_{${j + 1}} = ${short(gb)}`,
        equation: 3,
        nodes: [[l, j]],
        edges: [],
        check: { numeric, relativeError: relativeError(gb, numeric) },
      });
    }
  }

  const next = update(net, eta, trainBias, grads);
  for (let l = 1; l <= L; l++) {
    const matrix = (m: number[][]) => `\\begin{bmatrix} ${m.map((r) => r.map(short).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
    steps.push({
      kind: 'update',
      symbol: `\\mathbf{W}^{${l}}`,
      value: next.weights[l - 1][0][0],
      working: `\\mathbf{W}^{${l}} \\leftarrow ${matrix(net.weights[l - 1])} - ${short(eta)} ${matrix(grads.gradW[l - 1])} = ${matrix(next.weights[l - 1])}`,
      equation: null,
      nodes: [...all(l - 1), ...all(l)],
      edges: net.weights[l - 1].flatMap((row, j) => row.map((_w, k) => [l - 1, k, j] as const)),
      updated: { weights: next.weights[l - 1], biases: next.biases[l - 1] },
    });
  }
  return steps;
}
