// The benchmark's workloads, each written for every peer that can run it. Shapes and sizes are
// read from the data or passed as values at run time, never baked into a peer's loops.
// tfjs's cpu and wasm backends run each kernel synchronously inside the op call, so a step only
// calls the op and disposes its result; reading results back (dataSync) is not timed, except the
// scalar losses of the training workloads.
import * as tf from '@tensorflow/tfjs';
import convnetjs from 'convnetjs';
import { Linear, Sequential, createRng, crossEntropy, fast, fromArray, sgd, sigmoid } from '@/lib/engine';
import { digitsFeatures, parseDigitsCsv, splitDigits } from '@/lib/data/digits';
import type { Runner, Workload } from './harness';

function randomArray(n: number, seed: number, scale = 1): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => scale * rng.normal());
}

/** MLP training, features-hidden-classes sigmoid, softmax cross-entropy, SGD, batches from the digits train split. */
export function mlpWorkloads(csv: string, splitJson: string, hidden: number, batch: number): Workload[] {
  const { train } = splitDigits(parseDigitsCsv(csv), JSON.parse(splitJson));
  const features = train.pixels.length / train.count;
  const classes = Math.max(...train.labels) + 1;
  const x = Float32Array.from(digitsFeatures(train));
  const batches = Math.floor(train.count / batch);
  const xs = Array.from({ length: batches }, (_, b) => x.subarray(b * batch * features, (b + 1) * batch * features));
  const ys = Array.from({ length: batches }, (_, b) => train.labels.subarray(b * batch, (b + 1) * batch));
  const lr = 0.1;
  const cycle = () => {
    let k = 0;
    return () => {
      const current = k;
      k = (k + 1) % batches;
      return current;
    };
  };
  const name = `MLP training ${features}-${hidden}-${classes}, batch ${batch}`;

  const ours = (): Runner => {
    const net = new fast.FusedMlp({ sizes: [features, hidden, classes], maxBatch: batch, rng: createRng(0) });
    const next = cycle();
    return { step: () => { const k = next(); net.trainStep(xs[k], ys[k], batch, lr); } };
  };

  const tfjs = (): Runner => {
    const glorot = (i: number, o: number) => tf.variable(tf.randomUniform([i, o], -Math.sqrt(6 / (i + o)), Math.sqrt(6 / (i + o)), 'float32', 0));
    const w1 = glorot(features, hidden);
    const b1 = tf.variable(tf.zeros([hidden]));
    const w2 = glorot(hidden, classes);
    const b2 = tf.variable(tf.zeros([classes]));
    const opt = tf.train.sgd(lr);
    const xt = xs.map((v) => tf.tensor2d(v, [batch, features]));
    const yt = ys.map((v) => tf.oneHot(tf.tensor1d(Array.from(v), 'int32'), classes).toFloat());
    const next = cycle();
    return {
      step: () => {
        const k = next();
        const cost = opt.minimize(() => {
          const h = tf.sigmoid(tf.add(tf.matMul(xt[k], w1), b1));
          return tf.losses.softmaxCrossEntropy(yt[k], tf.add(tf.matMul(h, w2), b2)) as tf.Scalar;
        }, true);
        cost?.dataSync();
        cost?.dispose();
      },
      dispose: () => {
        tf.dispose([w1, b1, w2, b2, ...xt, ...yt]);
        opt.dispose();
      },
    };
  };

  const convnet = (): Runner => {
    const net = new convnetjs.Net();
    net.makeLayers([
      { type: 'input', out_sx: 1, out_sy: 1, out_depth: features },
      { type: 'fc', num_neurons: hidden, activation: 'sigmoid' },
      { type: 'softmax', num_classes: classes },
    ]);
    const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: lr, batch_size: batch, momentum: 0, l2_decay: 0 });
    const vols = Array.from({ length: batches * batch }, (_, i) => {
      const v = new convnetjs.Vol(1, 1, features, 0);
      for (let f = 0; f < features; f++) v.w[f] = x[i * features + f];
      return v;
    });
    const next = cycle();
    return {
      step: () => {
        const k = next();
        for (let i = 0; i < batch; i++) trainer.train(vols[k * batch + i], ys[k][i]);
      },
    };
  };

  // The reference path: the autograd graph in float64, as the widgets' step-through views use it.
  const reference = (): Runner => {
    const rng = createRng(0);
    const model = new Sequential(new Linear(features, hidden, { rng }), sigmoid, new Linear(hidden, classes, { rng }));
    const opt = sgd(model.parameters(), { lr });
    const next = cycle();
    return {
      step: () => {
        const k = next();
        opt.zeroGrad();
        crossEntropy(model.forward(fromArray(xs[k], [batch, features])), ys[k]).backward();
        opt.step();
      },
    };
  };

  return [
    { name, unit: 'samples/s', perStep: batch, peers: { ours, 'tfjs-cpu': tfjs, 'tfjs-wasm': tfjs, convnetjs: convnet } },
    { name: `${name} (ours: reference autograd, float64)`, unit: 'samples/s', perStep: batch, peers: { ours: reference } },
  ];
}

/** conv2d forward of one image [1, C, H, W] with O filters of k×k, stride 1, no bias. */
export function convWorkload(C: number, H: number, W: number, O: number, k: number, padding: 'same' | 'valid'): Workload {
  const x = randomArray(C * H * W, 1);
  const w = randomArray(O * C * k * k, 2, 0.1);
  const pad = padding === 'same' ? (k - 1) / 2 : 0;

  const ours = (): Runner => {
    const plan = fast.createConv2dPlan([1, C, H, W], [O, C, k, k], { padding }, 'float32');
    return { step: () => { plan.run(x, w); } };
  };

  const tfjs = (): Runner => {
    // NHWC input and [kh, kw, in, out] filter: the same numbers, transposed once here.
    const xt = tf.tensor4d(x, [1, C, H, W]).transpose([0, 2, 3, 1]) as tf.Tensor4D;
    const wt = tf.tensor4d(w, [O, C, k, k]).transpose([2, 3, 1, 0]) as tf.Tensor4D;
    return {
      step: () => { tf.conv2d(xt, wt, 1, padding).dispose(); },
      dispose: () => tf.dispose([xt, wt]),
    };
  };

  const convnet = (): Runner => {
    const layer = new convnetjs.ConvLayer({ in_sx: W, in_sy: H, in_depth: C, sx: k, filters: O, stride: 1, pad });
    const vol = new convnetjs.Vol(W, H, C, 0);
    vol.w.set(x);
    return { step: () => { layer.forward(vol); } };
  };

  return {
    name: `conv2d forward [1,${C},${H},${W}] ⊛ [${O},${C},${k},${k}] ${padding}`,
    unit: 'images/s',
    perStep: 1,
    peers: { ours, 'tfjs-cpu': tfjs, 'tfjs-wasm': tfjs, convnetjs: convnet },
  };
}

/** Vanilla RNN (tanh), scalar input and output, forward + backprop through time of a mean squared error. */
export function rnnWorkload(hidden: number, steps: number, batch: number): Workload {
  const inputSize = 1;
  const outputSize = 1;
  const x = Float32Array.from({ length: steps * batch }, (_, i) => Math.sin(0.2 * (Math.floor(i / batch) + (i % batch))));
  const target = Float32Array.from({ length: steps * batch }, (_, i) => Math.sin(0.2 * (Math.floor(i / batch) + (i % batch) + 1)));
  const scale = 1 / Math.sqrt(hidden);
  const wih = randomArray(inputSize * hidden, 3, scale);
  const whh = randomArray(hidden * hidden, 4, scale);
  const wout = randomArray(hidden * outputSize, 5, scale);

  const ours = (): Runner => {
    const rnn = new fast.FusedRnn({ inputSize, hiddenSize: hidden, outputSize, maxSteps: steps, maxBatch: batch });
    rnn.weightIh.set(wih);
    rnn.weightHh.set(whh);
    rnn.weightOut.set(wout);
    return { step: () => { rnn.lossAndGradients(x, target, steps, batch); } };
  };

  const tfjs = (): Runner => {
    const vars = [
      tf.variable(tf.tensor2d(wih, [inputSize, hidden])), tf.variable(tf.tensor2d(whh, [hidden, hidden])),
      tf.variable(tf.zeros([hidden])), tf.variable(tf.tensor2d(wout, [hidden, outputSize])), tf.variable(tf.zeros([outputSize])),
    ] as const;
    const [Wih, Whh, b, Wout, bout] = vars;
    const xt = Array.from({ length: steps }, (_, t) => tf.tensor2d(x.subarray(t * batch, (t + 1) * batch), [batch, inputSize]));
    const yt = Array.from({ length: steps }, (_, t) => tf.tensor2d(target.subarray(t * batch, (t + 1) * batch), [batch, outputSize]));
    const loss = () => {
      let h: tf.Tensor = tf.zeros([batch, hidden]);
      let total: tf.Tensor = tf.scalar(0);
      for (let t = 0; t < steps; t++) {
        h = tf.tanh(tf.add(tf.add(tf.matMul(xt[t], Wih), tf.matMul(h, Whh)), b));
        const err = tf.sub(tf.add(tf.matMul(h, Wout), bout), yt[t]);
        total = tf.add(total, tf.sum(tf.mul(err, err)));
      }
      return tf.div(total, steps * batch * outputSize) as tf.Scalar;
    };
    return {
      step: () => {
        const { value, grads } = tf.variableGrads(loss);
        value.dataSync();
        tf.dispose([value, ...Object.values(grads)]);
      },
      dispose: () => tf.dispose([...vars, ...xt, ...yt]),
    };
  };

  return {
    name: `RNN forward + BPTT, hidden ${hidden}, ${steps} steps, batch ${batch}`,
    unit: 'sequences/s',
    perStep: batch,
    peers: { ours, 'tfjs-cpu': tfjs, 'tfjs-wasm': tfjs },
  };
}

/** n×n float32 matrix product; throughput in GFLOP/s (2n³ per product). */
export function matmulWorkload(n: number): Workload {
  const a = randomArray(n * n, 6);
  const b = randomArray(n * n, 7);

  const ours = (): Runner => {
    const bt = new Float32Array(n * n);
    const c = new Float32Array(n * n);
    // The transpose of B is part of the measured work.
    return { step: () => { fast.transposeInto(b, n, n, bt); fast.gemmTransB(a, bt, c, n, n, n); } };
  };

  const tfjs = (): Runner => {
    const at = tf.tensor2d(a, [n, n]);
    const bt = tf.tensor2d(b, [n, n]);
    return { step: () => { tf.matMul(at, bt).dispose(); }, dispose: () => tf.dispose([at, bt]) };
  };

  return { name: `matmul ${n}×${n}`, unit: 'GFLOP/s', perStep: (2 * n ** 3) / 1e9, peers: { ours, 'tfjs-cpu': tfjs, 'tfjs-wasm': tfjs } };
}
