// The numbers the chapter's lead-in to the universal approximator prints, computed the way the
// widget computes them (same model, same seeded training, same error grid), and found in the text.
import { describe, expect, test } from 'vitest';
import { expectChapterToPrint, fixed } from '../../content/chapter-text';
import { fitError, staircase, targetFunction } from '@/components/widgets/universal-approximator/model';
import { runJob, sweepSizes, type JobReply } from '@/components/widgets/universal-approximator/jobs';
import { Fitter } from '@/components/widgets/universal-approximator/train';

const SLUG = 'multilayer-perceptron';
const sin = targetFunction('sin');
type Point = Extract<JobReply, { type: 'sweep-point' }>;
const sweep = (target: 'sin' | 'step', ns: number[]) =>
  [...runJob({ type: 'sweep', target, drawn: [], ns, seed: 1, lr: 0.05, steps: 3000 })].filter((r): r is Point => r.type === 'sweep-point');

describe('multilayer-perceptron chapter: the universal approximator widget', () => {
  test('the widget opens on the staircase with nine units: largest error 0.3090 at x = 0', () => {
    const e = fitError(staircase(9, sin), sin);
    expect(fixed(e.max, 4)).toBe('0.3090');
    expect(e.at).toBe(0);
    expectChapterToPrint(SLUG, 'the readout shows the table\'s largest error, 0.3090 at $x = 0$', '<UniversalApproximator />');
  });

  test('training the nine units (seed 1, 3000 Adam steps) brings the largest error to 0.0199, fifteen times smaller', () => {
    const fitter = new Fitter(sin, { n: 9, seed: 1, lr: 0.05 });
    fitter.step(3000);
    const trained = fitError(fitter.snapshot(), sin).max;
    expect(fixed(trained, 4)).toBe('0.0199');
    expect(Math.floor(fitError(staircase(9, sin), sin).max / trained)).toBe(15);
    expectChapterToPrint(SLUG, 'after 3000 steps the largest error is 0.0199, fifteen times smaller');
  });

  test('the sweep over N: 0.7197 with one unit, 0.0155 with five, not much better than thirteen units beyond', { timeout: 120_000 }, () => {
    const points = sweep('sin', sweepSizes(50));
    const max = new Map(points.map((p) => [p.n, p.max]));
    expect(fixed(max.get(1)!, 4)).toBe('0.7197');
    expect(fixed(max.get(5)!, 4)).toBe('0.0155');
    for (const n of [20, 30, 50]) expect(max.get(n)!).toBeGreaterThan(0.9 * max.get(13)!);
    expectChapterToPrint(SLUG, 'one unit leaves a largest error of 0.7197, five units bring it to 0.0155', 'no longer make it much smaller');
  });

  test('on the step target the largest error stays near 0.5 for every N', { timeout: 120_000 }, () => {
    for (const p of sweep('step', [1, 5, 13, 50])) {
      expect(p.max).toBeGreaterThan(0.49);
      expect(p.max).toBeLessThan(0.51);
    }
    expectChapterToPrint(SLUG, 'near the jump its error never falls much below 0.5');
  });
});
