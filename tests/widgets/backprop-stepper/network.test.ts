import { describe, expect, test } from 'vitest';
import { backward, finiteDifference, forward, train, update, type NetworkSpec } from '@/components/widgets/backprop-stepper/network';
import { buildSteps } from '@/components/widgets/backprop-stepper/steps';
import * as engine from '@/lib/engine';

// The classic 2-2-2 example (inputs 0.05, 0.10; targets 0.01, 0.99; w1…w8 = 0.15 … 0.55; biases
// 0.35 and 0.60). w1: x1→h1, w2: x2→h1, w3: x1→h2, w4: x2→h2, w5: h1→o1, w6: h2→o1, w7: h1→o2,
// w8: h2→o2.
const classic: NetworkSpec = {
  sizes: [2, 2, 2],
  activation: 'sigmoid',
  weights: [
    [
      [0.15, 0.2],
      [0.25, 0.3],
    ],
    [
      [0.4, 0.45],
      [0.5, 0.55],
    ],
  ],
  biases: [
    [0.35, 0.35],
    [0.6, 0.6],
  ],
  input: [0.05, 0.1],
  target: [0.01, 0.99],
};

describe('the classic 2-2-2 worked example', () => {
  // Golden values: the widely reproduced hand calculation of this example (M. Mazur, "A step by
  // step backpropagation example", 2015), to the 9 decimals it prints.
  test('forward pass: a_h1 = 0.593269992, a_o1 = 0.75136507, a_o2 = 0.772928465, C = 0.298371109', () => {
    const { a, cost } = forward(classic);
    expect(a[1][0]).toBeCloseTo(0.593269992, 9);
    expect(a[1][1]).toBeCloseTo(0.596884378, 9);
    expect(a[2][0]).toBeCloseTo(0.75136507, 8);
    expect(a[2][1]).toBeCloseTo(0.772928465, 9);
    expect(cost).toBeCloseTo(0.298371109, 9);
  });

  test('∂C/∂w5 = 0.082167041 and the hidden-layer gradient ∂C/∂w1 = 0.000438568', () => {
    const { gradW } = backward(classic);
    expect(gradW[1][0][0]).toBeCloseTo(0.082167041, 9);
    expect(gradW[0][0][0]).toBeCloseTo(0.000438568, 9);
  });

  test('one step at η = 0.5 gives the classic updated weights', () => {
    const next = update(classic, 0.5, false);
    const expected = [
      [
        [0.149780716, 0.19956143],
        [0.24975114, 0.29950229],
      ],
      [
        [0.35891648, 0.408666186],
        [0.51130127, 0.561370121],
      ],
    ];
    next.weights.forEach((W, l) => W.forEach((row, j) => row.forEach((w, k) => expect(w).toBeCloseTo(expected[l][j][k], 8))));
    expect(next.biases).toEqual(classic.biases);
  });

  test('after that step the cost is 0.291027774 (the often-quoted 0.291027924 uses updated w5…w8 for the hidden errors)', () => {
    // Independent check of the sentence in the backpropagation chapter: recompute the cost with the
    // classic updated weights directly.
    const next = update(classic, 0.5, false);
    expect(forward(next).cost).toBeCloseTo(0.291027774, 9);
  });

  test('updating the biases too, as the full algorithm does, gives 0.280471447 (chapter 3)', () => {
    // Hand derivation check: the biases move by −η δ; the new cost is recomputed from scratch.
    expect(forward(update(classic, 0.5, true)).cost).toBeCloseTo(0.280471447, 9);
  });

  test('10 000 steps bring the cost down to 0.0000351 (the classic run prints 0.0000351085)', () => {
    // The classic's last digits come from its own update order; three significant digits agree.
    const { costs, net } = train(classic, 0.5, false, 10_000);
    expect(costs[0]).toBeCloseTo(0.298371109, 9);
    expect(forward(net).cost).toBeCloseTo(0.0000351, 7);
  });
});

describe('gradients agree with finite differences and with the engine', () => {
  const presets: [string, NetworkSpec][] = [
    ['2-2-2 sigmoid', classic],
    [
      '3-3-2 tanh',
      {
        sizes: [3, 3, 2],
        activation: 'tanh',
        weights: [
          [
            [0.2, -0.4, 0.1],
            [0.7, 0.3, -0.5],
            [-0.3, 0.8, 0.6],
          ],
          [
            [0.5, -0.6, 0.2],
            [-0.1, 0.4, 0.9],
          ],
        ],
        biases: [
          [0.1, -0.2, 0.05],
          [0.3, -0.1],
        ],
        input: [1, -0.5, 0.25],
        target: [0.2, -0.4],
      },
    ],
    [
      '2-3-1 relu',
      {
        sizes: [2, 3, 1],
        activation: 'relu',
        weights: [[[0.6, -0.2], [0.3, 0.9], [-0.5, 0.4]], [[0.8, -0.7, 0.5]]],
        biases: [[0.1, 0.05, -0.1], [0.2]],
        input: [0.9, 0.4],
        target: [1],
      },
    ],
  ];

  test.each(presets)('%s: every ∂C/∂w and ∂C/∂b matches a central difference', (_name, net) => {
    const { gradW, gradB } = backward(net);
    gradW.forEach((W, l) =>
      W.forEach((row, j) => row.forEach((g, k) => expect(g).toBeCloseTo(finiteDifference(net, { kind: 'w', layer: l, j, k }), 8))),
    );
    gradB.forEach((b, l) => b.forEach((g, j) => expect(g).toBeCloseTo(finiteDifference(net, { kind: 'b', layer: l, j }), 8)));
  });

  test.each(presets)("%s: cost and gradients equal the engine's autograd", (_name, net) => {
    const act = { sigmoid: engine.sigmoid, tanh: engine.tanh, relu: engine.relu }[net.activation];
    const Ws = net.weights.map((W) => engine.tensor(W, { requiresGrad: true }));
    const bs = net.biases.map((b) => engine.tensor(b, { requiresGrad: true }));
    let a = engine.reshape(engine.tensor(net.input), [-1, 1]);
    Ws.forEach((W, l) => {
      a = act(engine.add(engine.matmul(W, a), engine.reshape(bs[l], [-1, 1])));
    });
    const cost = engine.mseLoss(engine.reshape(a, [-1]), engine.tensor(net.target), 'half-sum');
    cost.backward();
    const ours = backward(net);
    expect(forward(net).cost).toBeCloseTo(cost.item(), 14);
    Ws.forEach((W, l) => ours.gradW[l].flat().forEach((g, i) => expect(g).toBeCloseTo(W.grad!.data[i], 14)));
    bs.forEach((b, l) => ours.gradB[l].forEach((g, j) => expect(g).toBeCloseTo(b.grad!.data[j], 14)));
  });
});

describe('buildSteps()', () => {
  const steps = buildSteps(classic, 0.5, false);

  test('walks z, a for every neuron, then the cost, then δ and gradients from the output back, then the updates', () => {
    expect(steps.map((s) => s.kind).slice(0, 9)).toEqual(['z', 'a', 'z', 'a', 'z', 'a', 'z', 'a', 'cost']);
    expect(steps.filter((s) => s.kind === 'grad-w')).toHaveLength(8);
    expect(steps.filter((s) => s.kind === 'grad-b')).toHaveLength(4);
    expect(steps.at(-1)?.kind).toBe('update');
    expect(steps.filter((s) => s.kind === 'update')).toHaveLength(2);
  });

  test('shows δ for o1 with the numbers substituted, as in the chapter', () => {
    const delta = steps.find((s) => s.kind === 'delta-output')!;
    expect(delta.equation).toBe(1);
    expect(delta.working).toBe('\\delta^{2}_{1} = (0.7514 - 0.01) \\cdot 0.7514\\,(1 - 0.7514) = 0.1385');
  });

  test('step 12 is ∂C/∂w5 (w5 = w²₁₁, from h1 to o1) = 0.082167041', () => {
    const step = steps[11];
    expect(step.symbol).toBe('\\partial C/\\partial w_{5}');
    expect(step.value).toBeCloseTo(0.082167041, 9);
    expect(step.edges).toEqual([[1, 0, 0]]);
  });

  test('every gradient step carries a finite-difference check with relative error below 1e-6', () => {
    for (const s of steps.filter((s) => s.check)) expect(s.check!.relativeError).toBeLessThan(1e-6);
  });
});
