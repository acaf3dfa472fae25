import { describe, expect, test } from 'vitest';
import { findExample, inputValues, kernelValues, WORKED_EXAMPLES } from '@/components/widgets/conv-arithmetic/examples';
import { checkAnswer, question } from '@/components/widgets/conv-arithmetic/exercise';
import { floorInWords, formulaTex } from '@/components/widgets/conv-arithmetic/formula';
import { buildGrid, formatValue } from '@/components/widgets/conv-arithmetic/grid';
import { axisOutput, type AxisOk, type AxisParams } from '@/components/widgets/conv-arithmetic/model';

const ok = (r: ReturnType<typeof axisOutput>): AxisOk => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

function gridFor(id: string, pool: 'max' | 'avg' = 'max') {
  const ex = findExample(id)!;
  const rowOut = ok(axisOutput(ex.rows, ex.mode));
  const colOut = ok(axisOutput(ex.cols, ex.mode));
  return buildGrid({
    rows: ex.rows, cols: ex.cols, rowOut, colOut, mode: ex.mode, pool, ceilMode: false,
    input: inputValues(ex.rows.i, ex.cols.i, ex), kernel: kernelValues(ex.rows.k, ex.cols.k, ex),
  });
}

// Golden values: the outputs the lecture notes print (notes 002 and 003), recomputed by hand in the
// chapter's worked examples.
describe('the notes’ worked examples, computed with the engine', () => {
  for (const ex of WORKED_EXAMPLES) {
    test(`${ex.id}: ${ex.label} → ${JSON.stringify(ex.expected)}`, () => {
      expect(gridFor(ex.id).output).toEqual(ex.expected);
    });
  }
  test('valid: the first window reads 0·0 + 1·1 + 3·2 + 4·3 = 19', () => {
    expect(gridFor('valid').positions[0].working).toBe('0·0 + 1·1 + 3·2 + 4·3 = 19');
  });
  test('stride (3, 2): row 2 and column 4 of the padded 5 × 5 input are never read', () => {
    const g = gridFor('stride');
    expect(g.rowUsed).toEqual([true, true, false, true, true]);
    expect(g.colUsed).toEqual([true, true, true, true, false]);
  });
  test('max-pool, stride 1 → max(4, 5, 7, 8) = 8 last; average pooling of the same windows → [[2, 3], [5, 6]]', () => {
    expect(gridFor('maxpool').positions[3].working).toBe('max(4, 5, 7, 8) = 8');
    expect(gridFor('maxpool', 'avg').output).toEqual([[2, 3], [5, 6]]);
  });
  test('4 × 4 average-pooled with stride 2 → [[2, 3], [4, 5.5]]', () => {
    expect(gridFor('maxpool4', 'avg').output).toEqual([[2, 3], [4, 5.5]]);
  });
  test('without an example the grid is (r·cols + c) mod 10, the notes’ input for 3 × 3', () => {
    expect(inputValues(3, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    expect(kernelValues(2, 2)).toEqual([[0, 1], [2, 3]]);
    expect(inputValues(2, 4)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });
  test('ceil mode on 5 × 5 max-pool k = s = 2: the partial last window reads one column only', () => {
    const p: AxisParams = { i: 5, k: 2, p: 0, s: 2, d: 1 };
    const out = ok(axisOutput(p, 'pool', true));
    const g = buildGrid({ rows: p, cols: p, rowOut: out, colOut: out, mode: 'pool', pool: 'max', ceilMode: true, input: inputValues(5, 5), kernel: [] });
    expect(g.output.length).toBe(3);
    // Bottom-right window holds the single cell (4, 4) = (4·5 + 4) mod 10 = 4.
    expect(g.positions[8].working).toBe('max(4) = 4');
  });
  test('formatValue prints −3 with a minus sign and 5.5 as it is', () => {
    expect([formatValue(-3), formatValue(5.5), formatValue(1 / 3)]).toEqual(['−3', '5.5', '0.33']);
  });
});

describe('the formula with the reader’s numbers and the floor in words', () => {
  test('i=7 k=3 p=1 s=2 d=1 → ⌊6/2⌋ + 1 = 3 + 1 = 4, whole: the floor changes nothing', () => {
    const p = { i: 7, k: 3, p: 1, s: 2, d: 1 };
    const out = ok(axisOutput(p));
    const tex = formulaTex(p, out, 'conv', false);
    expect(tex).toContain('\\frac{7 + 2\\cdot 1 - 1\\cdot(3 - 1) - 1}{2}');
    expect(tex).toMatch(/\\lfloor 6\/2 \\rfloor \+ 1 = 3 \+ 1 = 4 \\end\{aligned\}$/);
    expect(floorInWords(p, out, 'conv', false)).toContain('6/2 = 3 is whole');
  });
  test('i=6 k=3 s=2 → 3/2 = 1.5: one more cell needed, the last padded column never read', () => {
    const p = { i: 6, k: 3, p: 0, s: 2, d: 1 };
    const out = ok(axisOutput(p));
    expect(formulaTex(p, out, 'conv', false)).toMatch(/\\lfloor 3\/2 \\rfloor \+ 1 = 1 \+ 1 = 2 \\end\{aligned\}$/);
    expect(floorInWords(p, out, 'conv', false, 'columns')).toBe(
      '3/2 = 1.5 is not whole: after 1 stride the next window would need 1 more cell than the padded input has. The floor drops that partial step, so the last padded column is never read (hatched).',
    );
  });
  test('stride (3, 2) rows: 3/3 is whole, but the row between the two windows is skipped', () => {
    const p = { i: 3, k: 2, p: 1, s: 3, d: 1 };
    expect(floorInWords(p, ok(axisOutput(p)), 'conv', false, 'rows')).toBe(
      '3/3 = 1 is whole: the last window ends exactly on the last padded cell, and the floor changes nothing. The stride is longer than the window (s = 3 > k̂ = 2), so the row between two windows is skipped too (hatched).',
    );
  });
  test('ceil mode: 5 pooled k = s = 2 → ⌈3/2⌉ + 1 = 3', () => {
    const p = { i: 5, k: 2, p: 0, s: 2, d: 1 };
    const out = ok(axisOutput(p, 'pool', true));
    expect(formulaTex(p, out, 'pool', true)).toMatch(/\\lceil 3\/2 \\rceil \+ 1 = 2 \+ 1 = 3 \\end\{aligned\}$/);
    expect(floorInWords(p, out, 'pool', true)).toContain('Ceil mode rounds it up to 2');
  });
});

describe('exercise questions', () => {
  test('question(seed) is the same for the same seed, valid, and within its ranges', () => {
    expect(question(7)).toEqual(question(7));
    const seen = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const q = question(seed);
      const { i, k, p, s } = q.params;
      expect(i).toBeGreaterThanOrEqual(5);
      expect(i).toBeLessThanOrEqual(32);
      expect(q.answer.o).toBe(Math.floor((i + 2 * p - k) / s) + 1);
      seen.add(`${i},${k},${p},${s}`);
    }
    expect(seen.size).toBeGreaterThan(150);
  });
  test('checkAnswer: right, rounding up, forgetting the padding, and text that is not a number', () => {
    const q = { seed: 0, params: { i: 6, k: 3, p: 0, s: 2, d: 1 }, answer: ok(axisOutput({ i: 6, k: 3, p: 0, s: 2, d: 1 })) };
    expect(checkAnswer(q, ' 2 ').kind).toBe('right');
    const up = checkAnswer(q, '3');
    expect(up.kind === 'wrong' && up.hint).toContain('round down');
    expect(checkAnswer(q, 'two')).toEqual({ kind: 'not-a-number', text: 'two' });
    expect(checkAnswer(q, '')).toEqual({ kind: 'empty' });
    const padded = { seed: 0, params: { i: 7, k: 3, p: 1, s: 1, d: 1 }, answer: ok(axisOutput({ i: 7, k: 3, p: 1, s: 1, d: 1 })) };
    const noPad = checkAnswer(padded, '5');
    expect(noPad.kind === 'wrong' && noPad.hint).toContain('leaves out the padding');
  });
});
