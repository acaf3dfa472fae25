// Training the trial solution: N(0, 1) starting weights drawn with the engine's seeded generator,
// the exact gradient of the residual cost from ./gradient.ts, and the engine's Adam or plain
// gradient-descent update (equation gd-step).
import { adam, createRng, randn, sgd, Tensor, type Optimizer } from '@/lib/engine';
import { costAndGradient, type FlatLayer } from './gradient';
import { collocationPoints, type NetworkParams, type OdeProblem } from './network';

export type OptimizerName = 'adam' | 'gd';

export interface OdeSettings extends OdeProblem {
  /** Number of collocation points. */
  points: number;
  hiddenUnits: number;
  /** One or two hidden layers. */
  layers: 1 | 2;
  lr: number;
  optimizer: OptimizerName;
  seed: number;
}

/** Costs above this, or not finite, mean the run has diverged. */
export const DIVERGED_COST = 1e12;

export interface Trainer {
  readonly iteration: number;
  /** costs[k] is the cost at the start of update k + 1. */
  readonly costs: number[];
  /** Up to `count` updates. Returns the last cost evaluated; a diverged run stops at once. */
  steps(count: number): number;
  params(): NetworkParams;
}

interface TensorLayer {
  w: Tensor;
  b: Tensor;
}

function toPlain({ w, b }: TensorLayer): { w: number[][]; b: number[] } {
  const [rows, cols] = w.shape;
  return { w: Array.from({ length: rows }, (_, r) => Array.from(w.data.subarray(r * cols, (r + 1) * cols))), b: Array.from(b.data) };
}

/** The engine tensors of a fresh network: [W¹, b¹, (W², b²,) Wₒ, bₒ], all from N(0, 1). */
export function initialLayers(settings: Pick<OdeSettings, 'hiddenUnits' | 'layers' | 'seed'>): TensorLayer[] {
  const rng = createRng(settings.seed);
  const H = settings.hiddenUnits;
  const sizes = settings.layers === 2 ? [1, H, H, 1] : [1, H, 1];
  return sizes.slice(1).map((outputs, k) => ({
    w: randn([sizes[k], outputs], rng, { requiresGrad: true }),
    b: randn([1, outputs], rng, { requiresGrad: true }),
  }));
}

export function createTrainer(settings: OdeSettings): Trainer {
  const layers = initialLayers(settings);
  const flat: FlatLayer[] = layers.map(({ w, b }) => ({ inputs: w.shape[0], outputs: w.shape[1], w: w.data as Float64Array, b: b.data as Float64Array }));
  const grads: FlatLayer[] = flat.map((l) => ({ ...l, w: new Float64Array(l.w.length), b: new Float64Array(l.b.length) }));
  const params = layers.flatMap((l) => [l.w, l.b]);
  // The optimizers read each parameter's .grad; these tensors share the arrays the gradient fills.
  grads.forEach((g, k) => {
    layers[k].w.grad = new Tensor(g.w, layers[k].w.shape);
    layers[k].b.grad = new Tensor(g.b, layers[k].b.shape);
  });
  const optimizer: Optimizer = settings.optimizer === 'adam' ? adam(params, { lr: settings.lr }) : sgd(params, { lr: settings.lr });
  const xs = collocationPoints(settings.points);
  let iteration = 0;
  const costs: number[] = [];
  return {
    get iteration() {
      return iteration;
    },
    costs,
    steps(count) {
      let c = NaN;
      for (let k = 0; k < count; k++) {
        for (const g of grads) {
          g.w.fill(0);
          g.b.fill(0);
        }
        c = costAndGradient(flat, grads, xs, settings.gamma, settings.g0);
        costs.push(c);
        if (!Number.isFinite(c) || c > DIVERGED_COST) break;
        optimizer.step();
        iteration++;
      }
      return c;
    },
    params: () => ({ hidden: layers.slice(0, -1).map(toPlain), out: toPlain(layers[layers.length - 1]) }),
  };
}
