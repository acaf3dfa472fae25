// The cost Σᵢ r(xᵢ)² and its gradient for every weight, written out by hand: forward mode carries
// (a, ȧ) through the layers (equation forward-mode), then reverse mode runs back through both.
// It is the computation the chapter hands to autodiff, unrolled into loops over plain arrays so a
// training step takes microseconds; the tests check it against the engine's backward().
//
// Forward, per point x:  z = aW + b,  ż = ȧW,  s = σ(z),  a′ = s,  ȧ′ = s(1 − s) ż
//                        N = aWₒ + bₒ,  N′ = ȧWₒ,  r = N(1 + γx) + xN′ + γg₀
// Backward, with r̄ = 2r:  N̄ = r̄(1 + γx),  N̄′ = r̄x;  through a layer, with s′ = s(1 − s):
//   s̄ = ā + ǡ ż (1 − 2s),  z̄ = s̄ s′,  ż̄ = ǡ s′,  W̄ += aᵀz̄ + ȧᵀż̄,  b̄ += z̄,  ā = z̄Wᵀ,  ǡ = ż̄Wᵀ

/** A layer's weights [inputs × outputs] row-major and biases [outputs], as flat arrays. */
export interface FlatLayer {
  inputs: number;
  outputs: number;
  w: Float64Array;
  b: Float64Array;
}

/** Adds ∂c/∂(every weight) into the layers' gradient arrays and returns the cost c. */
export function costAndGradient(
  layers: readonly FlatLayer[],
  grads: readonly FlatLayer[],
  xs: readonly number[],
  gamma: number,
  g0: number,
): number {
  const L = layers.length;
  const out = layers[L - 1];
  let cost = 0;
  const as: Float64Array[] = new Array(L);
  const das: Float64Array[] = new Array(L);
  const dzs: Float64Array[] = new Array(L);
  for (const x of xs) {
    // Forward: as[l], das[l] are the inputs of layer l; dzs[l] keeps ż of hidden layer l.
    let a = Float64Array.of(x);
    let da = Float64Array.of(1);
    for (let l = 0; l < L - 1; l++) {
      const { inputs, outputs, w, b } = layers[l];
      as[l] = a;
      das[l] = da;
      const s = new Float64Array(outputs);
      const dz = new Float64Array(outputs);
      const ds = new Float64Array(outputs);
      for (let j = 0; j < outputs; j++) {
        let z = b[j];
        let zd = 0;
        for (let k = 0; k < inputs; k++) {
          z += a[k] * w[k * outputs + j];
          zd += da[k] * w[k * outputs + j];
        }
        const sj = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        s[j] = sj;
        dz[j] = zd;
        ds[j] = sj * (1 - sj) * zd;
      }
      dzs[l] = dz;
      a = s;
      da = ds;
    }
    as[L - 1] = a;
    das[L - 1] = da;
    let n = out.b[0];
    let dn = 0;
    for (let k = 0; k < out.inputs; k++) {
      n += a[k] * out.w[k];
      dn += da[k] * out.w[k];
    }
    const r = n * (1 + gamma * x) + x * dn + gamma * g0;
    cost += r * r;

    // Backward.
    const nBar = 2 * r * (1 + gamma * x);
    const dnBar = 2 * r * x;
    const gOut = grads[L - 1];
    let aBar = new Float64Array(out.inputs);
    let daBar = new Float64Array(out.inputs);
    for (let k = 0; k < out.inputs; k++) {
      gOut.w[k] += a[k] * nBar + da[k] * dnBar;
      aBar[k] = out.w[k] * nBar;
      daBar[k] = out.w[k] * dnBar;
    }
    gOut.b[0] += nBar;
    for (let l = L - 2; l >= 0; l--) {
      const { inputs, outputs, w } = layers[l];
      const g = grads[l];
      const s = as[l + 1];
      const dz = dzs[l];
      const aIn = as[l];
      const daIn = das[l];
      const nextABar = new Float64Array(inputs);
      const nextDaBar = new Float64Array(inputs);
      for (let j = 0; j < outputs; j++) {
        const sp = s[j] * (1 - s[j]);
        const sBar = aBar[j] + daBar[j] * dz[j] * (1 - 2 * s[j]);
        const zBar = sBar * sp;
        const dzBar = daBar[j] * sp;
        g.b[j] += zBar;
        for (let k = 0; k < inputs; k++) {
          g.w[k * outputs + j] += aIn[k] * zBar + daIn[k] * dzBar;
          nextABar[k] += zBar * w[k * outputs + j];
          nextDaBar[k] += dzBar * w[k * outputs + j];
        }
      }
      aBar = nextABar;
      daBar = nextDaBar;
    }
  }
  return cost;
}
