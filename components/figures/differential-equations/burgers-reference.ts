// The exact solution of Burgers' equation u_t + u u_x = ν u_xx with u(0, x) = −sin(πx) on [−1, 1]
// and u(t, ±1) = 0, through the Cole–Hopf transform u = −2ν φ_x / φ, where φ solves the heat
// equation. Convolving the initial φ with the heat kernel gives (the chapter's exact-solution equation)
//
//   u(t, x) = − ∫ sin(π(x − η)) F(x − η) G(η) dη / ∫ F(x − η) G(η) dη,
//   F(y) = exp(−cos(πy) / (2πν)),  G(η) = exp(−η² / (4νt)).
//
// Both integrals are evaluated by the trapezoid rule over |η| ≤ 12·√(4νt), where G is not yet
// negligible; the exponents are shifted by their maximum first, because F alone reaches e^50 for
// ν = 0.01/π.

export const BURGERS_NU = 0.01 / Math.PI;

export function burgersExact(t: number, x: number, nu = BURGERS_NU, nodes = 4001): number {
  if (t < 0) throw new RangeError(`burgersExact: t must be ≥ 0, got ${t}`);
  if (t === 0) return -Math.sin(Math.PI * x);
  const halfWidth = 12 * Math.sqrt(4 * nu * t);
  const h = (2 * halfWidth) / (nodes - 1);
  const exponent = (eta: number) => -Math.cos(Math.PI * (x - eta)) / (2 * Math.PI * nu) - (eta * eta) / (4 * nu * t);
  let peak = -Infinity;
  for (let i = 0; i < nodes; i++) peak = Math.max(peak, exponent(-halfWidth + i * h));
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < nodes; i++) {
    const eta = -halfWidth + i * h;
    const weight = (i === 0 || i === nodes - 1 ? 0.5 : 1) * Math.exp(exponent(eta) - peak);
    numerator += weight * Math.sin(Math.PI * (x - eta));
    denominator += weight;
  }
  return -numerator / denominator;
}
