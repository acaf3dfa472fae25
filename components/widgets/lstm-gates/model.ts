// One LSTM unit (one input, one hidden unit) stepped through a short sequence with the engine's
// LSTMCell, keeping every gate so the widget can show the chapter's equations with numbers:
//   f_t = σ(w_fh h_{t−1} + w_fx x_t + b_f)          (lstm-forget)
//   i_t = σ(w_ih h_{t−1} + w_ix x_t + b_i)          (lstm-input)
//   C̃_t = tanh(w_Ch h_{t−1} + w_Cx x_t + b_C)       (lstm-candidate)
//   C_t = f_t C_{t−1} + i_t C̃_t                     (lstm-cell)
//   o_t = σ(w_oh h_{t−1} + w_ox x_t + b_o)          (lstm-output)
//   h_t = o_t tanh(C_t)                              (lstm-hidden)
import { add, createRng, LSTMCell, matmul, sigmoid, slice, tanh, tensor, type Tensor } from '@/lib/engine';

export const GATES = ['forget', 'input', 'candidate', 'output'] as const;
export type Gate = (typeof GATES)[number];

export interface GateWeights {
  /** Weight on h_{t−1}. */
  wh: number;
  /** Weight on x_t. */
  wx: number;
  b: number;
}

export type LstmWeights = Record<Gate, GateWeights>;

/** The chapter's worked example ("One LSTM step by hand"). */
export const CHAPTER_WEIGHTS: LstmWeights = {
  forget: { wh: 0.5, wx: 0.3, b: 1 },
  input: { wh: 0.4, wx: 0.6, b: 0 },
  candidate: { wh: 0.7, wx: 0.9, b: 0 },
  output: { wh: 0.2, wx: 0.8, b: 0 },
};

/**
 * Seed 0 gives the chapter's weights; any other seed draws each weight uniformly from [−1, 1],
 * rounded to two decimals so the substituted equations stay readable. The forget bias is drawn
 * from [0, 2]: the common practice of starting the cell out remembering.
 */
export function weightsForSeed(seed: number): LstmWeights {
  if (seed === 0) return CHAPTER_WEIGHTS;
  const rng = createRng(seed);
  const draw = (lo: number, hi: number) => Math.round((lo + (hi - lo) * rng.next()) * 100) / 100;
  const out = {} as Record<Gate, GateWeights>;
  for (const gate of GATES) out[gate] = { wh: draw(-1, 1), wx: draw(-1, 1), b: gate === 'forget' ? draw(0, 2) : draw(-1, 1) };
  return out;
}

export interface LstmStep {
  t: number;
  x: number;
  hPrev: number;
  cPrev: number;
  /** Pre-activations z = w_h h_{t−1} + w_x x_t + b, per gate. */
  z: Record<Gate, number>;
  f: number;
  i: number;
  /** The candidate C̃_t. */
  g: number;
  o: number;
  c: number;
  h: number;
}

// The engine's cell orders its four column blocks input, forget, candidate, output (PyTorch's order).
const ENGINE_ORDER: readonly Gate[] = ['input', 'forget', 'candidate', 'output'];

/** An engine LSTMCell of size 1 → 1 holding `weights`. */
export function engineCell(weights: LstmWeights): LSTMCell {
  const cell = new LSTMCell(1, 1, { rng: createRng(0) });
  cell.weightIh.data.set(ENGINE_ORDER.map((g) => weights[g].wx));
  cell.weightHh.data.set(ENGINE_ORDER.map((g) => weights[g].wh));
  cell.bias.data.set(ENGINE_ORDER.map((g) => weights[g].b));
  return cell;
}

const scalar = (t: Tensor) => t.data[0];

/** Steps the cell over `xs` from (h₀, C₀); the gates come from the same pre-activations the cell uses. */
export function runLstm(xs: readonly number[], h0: number, c0: number, weights: LstmWeights): LstmStep[] {
  const cell = engineCell(weights);
  const steps: LstmStep[] = [];
  let h = tensor([[h0]]);
  let c = tensor([[c0]]);
  xs.forEach((xv, k) => {
    const x = tensor([[xv]]);
    const zAll = add(add(matmul(x, cell.weightIh), matmul(h, cell.weightHh)), cell.bias);
    const block = (gate: Gate) => slice(zAll, [0, ENGINE_ORDER.indexOf(gate)], [1, 1]);
    const z = Object.fromEntries(GATES.map((gate) => [gate, scalar(block(gate))])) as Record<Gate, number>;
    const next = cell.forward(x, { h, c });
    steps.push({
      t: k + 1,
      x: xv,
      hPrev: scalar(h),
      cPrev: scalar(c),
      z,
      f: scalar(sigmoid(block('forget'))),
      i: scalar(sigmoid(block('input'))),
      g: scalar(tanh(block('candidate'))),
      o: scalar(sigmoid(block('output'))),
      c: scalar(next.c),
      h: scalar(next.h),
    });
    h = next.h;
    c = next.c;
  });
  return steps;
}

/** Four decimals, as in the chapter's worked example; −0 shows as 0. */
export function fmt4(v: number): string {
  const s = v.toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/** A number as typed in TeX: negative values in parentheses, so "0.5 · (−1)" reads right. */
export function texNum(v: number, digits?: number): string {
  const s = digits === undefined ? String(Number(v.toPrecision(6))) : fmt4(v);
  return v < 0 ? `(${s})` : s;
}

/** The widget's six equations for one step, with the step's numbers substituted. */
export function stepTex(step: LstmStep, w: LstmWeights): Record<'f' | 'i' | 'g' | 'c' | 'o' | 'h', string> {
  const lin = (gate: Gate) =>
    `${texNum(w[gate].wh)} \\cdot ${texNum(step.hPrev, 4)} + ${texNum(w[gate].wx)} \\cdot ${texNum(step.x)} + ${texNum(w[gate].b)}`;
  const t = step.t;
  return {
    f: `f_{${t}} = \\sigma(${lin('forget')}) = \\sigma(${fmt4(step.z.forget)}) = ${fmt4(step.f)}`,
    i: `i_{${t}} = \\sigma(${lin('input')}) = \\sigma(${fmt4(step.z.input)}) = ${fmt4(step.i)}`,
    g: `\\tilde C_{${t}} = \\tanh(${lin('candidate')}) = \\tanh(${fmt4(step.z.candidate)}) = ${fmt4(step.g)}`,
    c: `C_{${t}} = f_{${t}} C_{${t - 1}} + i_{${t}} \\tilde C_{${t}} = ${fmt4(step.f)} \\cdot ${texNum(step.cPrev, 4)} + ${fmt4(step.i)} \\cdot ${texNum(step.g, 4)} = ${fmt4(step.c)}`,
    o: `o_{${t}} = \\sigma(${lin('output')}) = \\sigma(${fmt4(step.z.output)}) = ${fmt4(step.o)}`,
    h: `h_{${t}} = o_{${t}} \\tanh(C_{${t}}) = ${fmt4(step.o)} \\cdot \\tanh(${texNum(step.c, 4)}) = ${fmt4(step.h)}`,
  };
}
