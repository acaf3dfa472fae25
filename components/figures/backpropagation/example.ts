// The numbers of the chapter's 2-2-2 worked example, for the figures that print them. Computed here,
// not typed in, so a figure cannot drift from the text; tests/content/backpropagation.test.ts checks
// them against the engine and a finite-difference estimate.

export const EXAMPLE_INPUT = { x: [0.05, 0.1], t: [0.01, 0.99] } as const;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Forward pass, cost, and the output delta and w5 gradient (equations (1) and (2) of the chapter). */
export function exampleOutputGradient() {
  const [x1, x2] = EXAMPLE_INPUT.x;
  const [t1] = EXAMPLE_INPUT.t;
  const ah1 = sigmoid(0.15 * x1 + 0.2 * x2 + 0.35);
  const ah2 = sigmoid(0.25 * x1 + 0.3 * x2 + 0.35);
  const zo1 = 0.4 * ah1 + 0.45 * ah2 + 0.6;
  const ao1 = sigmoid(zo1);
  const dCda = ao1 - t1; // ∂C/∂a for C = ½Σ(a − t)²
  const dadz = ao1 * (1 - ao1); // σ'(z) = σ(1 − σ)
  return { ah1, zo1, ao1, dCda, dadz, delta: dCda * dadz, gradW5: dCda * dadz * ah1 };
}
