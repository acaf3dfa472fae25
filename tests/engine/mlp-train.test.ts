// The epoch loops of lib/engine/fast/mlp-train.ts against the autograd engine: one epoch of
// trainEpoch (with scikit-learn's α penalty and Nesterov momentum) equals the same minibatches
// stepped by Sequential + crossEntropy + optim.momentum({ nesterov }).
import { describe, expect, it } from 'vitest';
import { Linear, Sequential, add, createRng, crossEntropy, fromArray, momentum, mul, randn, sigmoid, sum } from '@/lib/engine';
import { FusedMlp, LossPlateau, evaluate, squaredWeights, trainEpoch } from '@/lib/engine/fast';

function closeArrays(a: ArrayLike<number>, b: ArrayLike<number>, tol: number) {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  expect(worst).toBeLessThan(tol);
}

describe('trainEpoch', () => {
  it('equals autograd minibatch SGD with Nesterov momentum and the α/2·‖W‖²/rows penalty on the weights only', () => {
    const rows = 10;
    const batch = 4; // batches of 4, 4 and 2 rows
    const alpha = 0.3;
    const r = createRng(5);
    const l1 = new Linear(6, 5, { rng: r });
    const l2 = new Linear(5, 3, { rng: r });
    const model = new Sequential(l1, sigmoid, l2);
    const fused = new FusedMlp({ sizes: [6, 5, 3], activation: 'sigmoid', maxBatch: 8, dtype: 'float64' });
    [l1, l2].forEach((l, i) => {
      fused.weights[i].set(l.weight.data);
      fused.biases[i].set(l.bias!.data);
    });
    fused.weightsChanged();
    const x = randn([rows, 6], r).data;
    const labels = Array.from({ length: rows }, () => r.int(3));

    // The reference: the same permutation (a twin generator), the same batches, the penalty as a term of the loss.
    const order = createRng(11).permutation(rows);
    const opt = momentum(model.parameters(), { lr: 0.5, momentum: 0.9, nesterov: true });
    let expectedLoss = 0;
    for (let start = 0; start < rows; start += batch) {
      const idx = Array.from(order.subarray(start, Math.min(rows, start + batch)));
      const xb = fromArray(idx.flatMap((i) => Array.from(x.subarray(i * 6, i * 6 + 6))), [idx.length, 6]);
      opt.zeroGrad();
      const penalty = mul(add(sum(mul(l1.weight, l1.weight)), sum(mul(l2.weight, l2.weight))), (0.5 * alpha) / idx.length);
      const loss = add(crossEntropy(model.forward(xb), idx.map((i) => labels[i])), penalty);
      loss.backward();
      opt.step();
      expectedLoss += loss.item() * idx.length;
    }

    const loss = trainEpoch(fused, x, labels, rows, { batch, rng: createRng(11), alpha, lr: 0.5, momentum: 0.9, nesterov: true });
    expect(loss).toBeCloseTo(expectedLoss / rows, 12);
    closeArrays(fused.weights[0], l1.weight.data, 1e-12);
    closeArrays(fused.biases[1], l2.bias!.data, 1e-12);
    expect(squaredWeights(fused)).toBeCloseTo(
      Array.from(l1.weight.data).reduce((s, v) => s + v * v, 0) + Array.from(l2.weight.data).reduce((s, v) => s + v * v, 0),
      12,
    );
  });

  it('rejects a batch larger than the network takes', () => {
    const net = new FusedMlp({ sizes: [2, 2], maxBatch: 3 });
    expect(() => trainEpoch(net, [1, 2, 3, 4], [0, 1], 2, { batch: 4, rng: createRng(1), lr: 0.1 })).toThrow('batch 4 must be an integer in 1..3');
  });
});

describe('evaluate', () => {
  it('counts the rows whose most probable class is the label, and averages the cross-entropy', () => {
    const net = new FusedMlp({ sizes: [2, 2], maxBatch: 2, dtype: 'float64' });
    // One linear layer with W = I and b = 0: logits equal the inputs.
    net.weights[0].set([1, 0, 0, 1]);
    net.biases[0].fill(0);
    net.weightsChanged();
    const x = [2, 0, 0, 1, 3, 1]; // argmax 0, 1, 0
    const { loss, correct } = evaluate(net, x, [0, 0, 0], 3);
    expect(correct).toBe(2);
    const ce = (a: number, b: number) => Math.log(1 + Math.exp(b - a)); // −log softmax_0
    expect(loss).toBeCloseTo((ce(2, 0) + ce(0, 1) + ce(3, 1)) / 3, 12);
  });
});

describe('LossPlateau (scikit-learn: tol 1e-4, n_iter_no_change 10)', () => {
  it('stops after more than `patience` epochs in a row without an improvement of tol', () => {
    const plateau = new LossPlateau(1e-4, 2);
    expect([1, 0.5, 0.49995, 0.49994, 0.4].map((l) => plateau.update(l))).toEqual([false, false, false, false, false]);
    expect([0.39999, 0.39998, 0.39997].map((l) => plateau.update(l))).toEqual([false, false, true]);
  });
});
