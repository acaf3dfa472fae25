// The words and numbers the playground prints about the learning rule: one applied step, and the
// verdict after a run. Pure, so the tests can read exactly what the reader reads.
import { factor, fmt, MAX_EPOCHS, type DatasetName, type Neuron, type RuleStep } from './model';

const pair = (a: number, b: number) => `(${fmt(a)}, ${fmt(b)})`;

export const describeNeuron = (n: Neuron) => `w = ${pair(n.w1, n.w2)}, b = ${fmt(n.b)}`;

/** The decision line with the reader's numbers: "0.3x₁ + 0.4x₂ + 0.1 = 0". */
export function lineEquation(n: Neuron): string {
  const term = (c: number, v: string, first: boolean) => {
    const sign = c < 0 ? '−' : first ? '' : '+';
    return `${first ? sign : ` ${sign} `}${fmt(Math.abs(c))}${v}`;
  };
  return `${term(n.w1, 'x₁', true)}${term(n.w2, 'x₂', false)}${term(n.b, '', false)} = 0`;
}

/** Lines describing one step of the rule w ← w + η(t − y)x, b ← b + η(t − y). */
export function describeStep(step: RuleStep, count: number, eta: number): string[] {
  const { point: p, before: n, z, y, error, after } = step;
  const lines = [
    `Point ${step.index + 1} of ${count}: x = ${pair(p.x1, p.x2)}, target t = ${p.t}.`,
    `z = ${fmt(n.w1)}·${factor(p.x1)} + ${factor(n.w2)}·${factor(p.x2)} + ${factor(n.b)} = ${fmt(z)}, so y = H(${fmt(z)}) = ${y}.`,
  ];
  if (error === 0) {
    lines.push(`t − y = ${p.t} − ${y} = 0: right, so nothing changes.`);
    return lines;
  }
  const e = fmt(error);
  lines.push(
    `t − y = ${p.t} − ${y} = ${e}: a mistake, so`,
    `w ← ${pair(n.w1, n.w2)} + ${fmt(eta)}·(${e})·${pair(p.x1, p.x2)} = ${pair(after.w1, after.w2)},`,
    `b ← ${fmt(n.b)} + ${fmt(eta)}·(${e}) = ${fmt(after.b)}.`,
  );
  return lines;
}

export const XOR_EXPLANATION =
  'A single neuron cannot separate XOR: no line classifies all four points, because the class-1 points (0, 1) and (1, 0) sit on one diagonal of the square and the class-0 points on the other, and any line with both ends of one diagonal on its firing side has an end of the other diagonal there too.';

export interface Verdict {
  kind: 'converged' | 'not-yet' | 'xor' | 'no-convergence';
  text: string;
}

/**
 * What to say after the rule has run: `presented` points since the last change of data or
 * weights, `converged` whether every point is now right, `cappedOut` whether "run to convergence"
 * used up its MAX_EPOCHS.
 */
export function verdict(data: DatasetName, count: number, presented: number, updates: number, converged: boolean, cappedOut: boolean): Verdict | null {
  if (presented === 0) return null;
  const epochs = Math.floor(presented / count);
  const tally = `${presented} points presented (${epochs} full ${epochs === 1 ? 'epoch' : 'epochs'}), ${updates} ${updates === 1 ? 'update' : 'updates'}.`;
  if (converged) return { kind: 'converged', text: `Converged: every point is classified right, so the rule changes nothing more. ${tally}` };
  if (data === 'xor' && epochs >= 1) return { kind: 'xor', text: `${tally} ${XOR_EXPLANATION} The rule never stops; it cycles.` };
  if (cappedOut)
    return {
      kind: 'no-convergence',
      text: `After ${MAX_EPOCHS} epochs the rule still makes mistakes. It stops only once a line separates the two classes; for these points it has not found one, and if none exists it never will. ${tally}`,
    };
  return { kind: 'not-yet', text: `Not converged yet: some points are still misclassified. ${tally}` };
}
