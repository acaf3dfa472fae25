// Randomised output-size questions, drawn from a seed so a link reproduces the same question.
import { createRng } from '@/lib/engine';
import { axisOutput, type AxisOk, type AxisParams } from './model';

export interface Question {
  seed: number;
  params: AxisParams;
  answer: AxisOk;
}

const KERNELS = [1, 2, 3, 3, 4, 5, 5, 7];

/** Question `seed`: an input of 5–32 cells, a kernel of 1–7, padding 0–3 and stride 1–4, always valid. */
export function question(seed: number): Question {
  const rng = createRng(seed);
  for (;;) {
    const params: AxisParams = {
      i: 5 + rng.int(28),
      k: KERNELS[rng.int(KERNELS.length)],
      p: rng.int(4),
      s: 1 + rng.int(4),
      d: 1,
    };
    const answer = axisOutput(params);
    if (answer.ok) return { seed, params, answer };
  }
}

export type Check = { kind: 'empty' } | { kind: 'not-a-number'; text: string } | { kind: 'right' } | { kind: 'wrong'; guess: number; hint: string };

/** Checks a typed answer; a wrong one gets a hint that names the likely slip. */
export function checkAnswer(q: Question, typed: string): Check {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  if (!/^[+-]?\d+$/.test(text)) return { kind: 'not-a-number', text };
  const guess = Number(text);
  if (guess === q.answer.o) return { kind: 'right' };
  const { i, k, p, s } = q.params;
  const exact = (i + 2 * p - k) / s + 1;
  let hint = 'Count the window positions: the first at 0, then every s cells, as long as the whole kernel fits.';
  if (guess === Math.ceil(exact) && !Number.isInteger(exact)) hint = 'That rounds up. A window that does not fit entirely is not computed: round down.';
  else if (guess === Math.floor((i - k) / s) + 1) hint = 'That leaves out the padding: the window slides over i + 2p cells, not i.';
  else if (guess === Math.floor((i + p - k) / s) + 1) hint = 'The padding is added on both sides: i + 2p.';
  else if (guess === Math.floor((i + 2 * p - k) / s)) hint = 'Remember the + 1: the first position is at 0.';
  return { kind: 'wrong', guess, hint };
}
