// A small fully connected network written out equation by equation, as in the backpropagation
// chapter: z^l = W^l a^{l−1} + b^l, a^l = f(z^l), C = ½ Σ (a^L − t)². Every quantity the
// step-through shows comes from here; tests check it against the engine's autograd and against
// finite differences.

export type ActivationName = 'sigmoid' | 'tanh' | 'relu';

export interface NetworkSpec {
  /** Neurons per layer, input first: [2, 2, 2] is the chapter's 2-2-2 network. */
  sizes: number[];
  activation: ActivationName;
  /** weights[l][j][k]: from neuron k of layer l to neuron j of layer l + 1 (row = receiving neuron). */
  weights: number[][][];
  /** biases[l][j]: bias of neuron j of layer l + 1. */
  biases: number[][];
  input: number[];
  target: number[];
}

export const ACTIVATIONS: Record<ActivationName, { f: (z: number) => number; df: (z: number, a: number) => number; tex: string }> = {
  // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a): the derivative from the activation alone.
  sigmoid: { f: (z) => 1 / (1 + Math.exp(-z)), df: (_z, a) => a * (1 - a), tex: '\\sigma' },
  tanh: { f: Math.tanh, df: (_z, a) => 1 - a * a, tex: '\\tanh' },
  relu: { f: (z) => Math.max(0, z), df: (z) => (z > 0 ? 1 : 0), tex: '\\mathrm{ReLU}' },
};

export interface ForwardPass {
  /** z[l][j] for layers 1…L (index 0 is unused and empty). */
  z: number[][];
  /** a[0] is the input; a[l] = f(z[l]). */
  a: number[][];
  cost: number;
}

export function forward(net: NetworkSpec): ForwardPass {
  const f = ACTIVATIONS[net.activation].f;
  const z: number[][] = [[]];
  const a: number[][] = [net.input.slice()];
  for (let l = 0; l < net.weights.length; l++) {
    const zl = net.weights[l].map((row, j) => row.reduce((s, w, k) => s + w * a[l][k], net.biases[l][j]));
    z.push(zl);
    a.push(zl.map(f));
  }
  const out = a[a.length - 1];
  const cost = 0.5 * out.reduce((s, aj, j) => s + (aj - net.target[j]) ** 2, 0);
  return { z, a, cost };
}

export interface Gradients {
  /** delta[l][j] = ∂C/∂z^l_j for layers 1…L (index 0 unused). */
  delta: number[][];
  gradW: number[][][];
  gradB: number[][];
}

/** The four equations of backpropagation, applied from the output layer back to the first. */
export function backward(net: NetworkSpec, pass: ForwardPass = forward(net)): Gradients {
  const df = ACTIVATIONS[net.activation].df;
  const L = net.weights.length;
  const delta: number[][] = Array.from({ length: L + 1 }, () => []);
  // (BP1) δ^L = (a^L − t) ⊙ f′(z^L)
  delta[L] = pass.a[L].map((aj, j) => (aj - net.target[j]) * df(pass.z[L][j], aj));
  // (BP4) δ^l = ((W^{l+1})ᵀ δ^{l+1}) ⊙ f′(z^l)
  for (let l = L - 1; l >= 1; l--) {
    delta[l] = pass.z[l].map((zj, j) => {
      const back = net.weights[l].reduce((s, row, k) => s + row[j] * delta[l + 1][k], 0);
      return back * df(zj, pass.a[l][j]);
    });
  }
  // (BP2) ∂C/∂w^l_jk = δ^l_j a^{l−1}_k and (BP3) ∂C/∂b^l_j = δ^l_j
  const gradW = net.weights.map((W, l) => W.map((row, j) => row.map((_w, k) => delta[l + 1][j] * pass.a[l][k])));
  const gradB = net.biases.map((_b, l) => delta[l + 1].slice());
  return { delta, gradW, gradB };
}

/** One gradient-descent step w ← w − η ∂C/∂w (biases too when `trainBias`). */
export function update(net: NetworkSpec, eta: number, trainBias: boolean, grads: Gradients = backward(net)): NetworkSpec {
  return {
    ...net,
    weights: net.weights.map((W, l) => W.map((row, j) => row.map((w, k) => w - eta * grads.gradW[l][j][k]))),
    biases: net.biases.map((b, l) => b.map((bj, j) => (trainBias ? bj - eta * grads.gradB[l][j] : bj))),
  };
}

/** Runs `steps` full gradient-descent steps and returns the network after them and the cost before each. */
export function train(net: NetworkSpec, eta: number, trainBias: boolean, steps: number): { net: NetworkSpec; costs: number[] } {
  const costs: number[] = [];
  let current = net;
  for (let i = 0; i < steps; i++) {
    const pass = forward(current);
    costs.push(pass.cost);
    current = update(current, eta, trainBias, backward(current, pass));
  }
  return { net: current, costs };
}

export type ParameterRef = { kind: 'w'; layer: number; j: number; k: number } | { kind: 'b'; layer: number; j: number };

/** Central finite-difference estimate of ∂C/∂(parameter): the check printed beside each gradient. */
export function finiteDifference(net: NetworkSpec, p: ParameterRef, h = 1e-6): number {
  const shifted = (dh: number): number => {
    const copy: NetworkSpec = { ...net, weights: net.weights.map((W) => W.map((r) => r.slice())), biases: net.biases.map((b) => b.slice()) };
    if (p.kind === 'w') copy.weights[p.layer][p.j][p.k] += dh;
    else copy.biases[p.layer][p.j] += dh;
    return forward(copy).cost;
  };
  return (shifted(h) - shifted(-h)) / (2 * h);
}

/** |a − b| / max(|a|, |b|), 0 when both are 0. */
export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
