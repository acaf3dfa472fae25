// The paragraph that introduces the playground in the neurons chapter promises numbers; the model
// must produce them, and the chapter must print them.
import { describe, expect, test } from 'vitest';
import { classify, dataset, runRule } from '@/components/widgets/neuron-playground/model';
import { expectChapterToPrint } from '../../content/chapter-text';

const START = { w1: 0.3, w2: 0.4, b: 0.1 };

describe('the neurons chapter introduces the playground with its real numbers', () => {
  test('1 of 4 right at the start; 4 updates to (0.2, 0.2), −0.3 and 4 of 4', () => {
    expect(classify(START, dataset('and', 1)).correct).toBe(1);
    const run = runRule(START, dataset('and', 1), 0, 0.1, 400, true);
    expect(run.updates).toBe(4);
    expect(run.neuron.w1.toFixed(4)).toBe('0.2000');
    expect(run.neuron.b.toFixed(4)).toBe('-0.3000');
    expect(classify(run.neuron, dataset('and', 1)).correct).toBe(4);
    expectChapterToPrint(
      'neurons',
      'only 1 of the 4 points is right',
      '*Run to convergence* stops after 4 updates at $\\mathbf{w} = (0.2, 0.2)$, $b = -0.3$, with 4 of 4 right',
      '<NeuronPlayground />',
    );
  });

  test('on XOR the rule never gets more than 3 of 4 right, step after step for 200 epochs', () => {
    const xor = dataset('xor', 1);
    let n = START;
    let next = 0;
    let best = 0;
    for (let i = 0; i < 800; i++) {
      const r = runRule(n, xor, next, 0.1, 1);
      n = r.neuron;
      next = r.next;
      best = Math.max(best, classify(n, xor).correct);
    }
    expect(best).toBe(3);
    expectChapterToPrint('neurons', 'no line gets more than 3 of the 4 points right');
  });
});
