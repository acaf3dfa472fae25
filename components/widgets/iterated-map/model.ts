// The iterated map of the recurrent-networks chapter: f(x) = 3x(1 − x), its n-fold composition fⁿ,
// and the derivative of fⁿ by the chain rule along the orbit, equation (iterated-derivative):
//   d fⁿ/dx (x₀) = ∏_{k=0}^{n−1} f′(x_k),  x_{k+1} = f(x_k),  f′(x) = 3 − 6x.

export const R = 3;

export const map = (x: number): number => R * x * (1 - x);
export const mapDerivative = (x: number): number => R * (1 - 2 * x);

export interface OrbitStep {
  /** x_k */
  x: number;
  /** f′(x_k), the k-th factor of the product. */
  factor: number;
  /** d f^{k+1}/dx (x₀): the product of factors 0 … k. */
  derivative: number;
}

export interface Probe {
  /** fⁿ(x₀) */
  value: number;
  /** d fⁿ/dx (x₀), exact by the chain rule. */
  derivative: number;
  /** x₀ … x_{n−1} with their factors and running products. */
  orbit: OrbitStep[];
}

/** fⁿ(x₀) and its derivative, with every factor of the chain-rule product. */
export function probe(x0: number, n: number): Probe {
  let x = x0;
  let derivative = 1;
  const orbit: OrbitStep[] = [];
  for (let k = 0; k < n; k++) {
    const factor = mapDerivative(x);
    derivative *= factor;
    orbit.push({ x, factor, derivative });
    x = map(x);
  }
  return { value: x, derivative, orbit };
}

export const compose = (x0: number, n: number): number => probe(x0, n).value;

export interface Curve {
  x: number[];
  value: number[];
  /** |d fⁿ/dx| */
  slope: number[];
}

/** fⁿ and |d fⁿ/dx| sampled at `samples` evenly spaced points of [0, 1]. */
export function sampleCurve(n: number, samples = 801): Curve {
  const curve: Curve = { x: [], value: [], slope: [] };
  for (let i = 0; i < samples; i++) {
    const x = i / (samples - 1);
    const p = probe(x, n);
    curve.x.push(x);
    curve.value.push(p.value);
    curve.slope.push(Math.abs(p.derivative));
  }
  return curve;
}

/** The smallest |derivative| drawn on the log axis; exact zeros (orbits through ½) sit on this floor. */
export const LOG_FLOOR = 1e-6;

/** Signed numbers to 4 significant digits; large and tiny ones in e-notation. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) return v.toExponential(3).replace('e+', 'e');
  if (Number.isInteger(v)) return String(v);
  const r = Number(v.toPrecision(4));
  return Object.is(r, -0) ? '0' : String(r);
}
