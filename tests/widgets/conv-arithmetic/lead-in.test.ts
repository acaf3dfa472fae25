// The numbers the chapter's lead-in to the widget promises (content/convolution-arithmetic.mdx,
// "Try the arithmetic"), computed with the widget's model and found in the text.
import { describe, expect, test } from 'vitest';
import { findExample, inputValues, kernelValues } from '@/components/widgets/conv-arithmetic/examples';
import { formulaTex } from '@/components/widgets/conv-arithmetic/formula';
import { buildGrid } from '@/components/widgets/conv-arithmetic/grid';
import { axisOutput, layerOutput, type AxisOk, type AxisParams } from '@/components/widgets/conv-arithmetic/model';
import { schema } from '@/components/widgets/conv-arithmetic/state';
import { expectChapterToPrint } from '../../content/chapter-text';

const SLUG = 'convolution-arithmetic';
const ok = (r: ReturnType<typeof axisOutput>): AxisOk => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('the lead-in to the arithmetic widget', () => {
  test('the default 5 × 5 input with a 3 × 3 kernel gives 3 × 3', () => {
    const d: AxisParams = { i: schema.i.default, k: schema.k.default, p: schema.p.default, s: schema.s.default, d: schema.d.default };
    expect([d.i, d.k]).toEqual([5, 3]);
    expect(ok(axisOutput(d)).o).toBe(3);
    expectChapterToPrint(SLUG, 'It opens on a $5 \\times 5$ input with a $3 \\times 3$ kernel, which gives a\n$3 \\times 3$ output.');
  });

  test('input 6, stride 2: ⌊3/2⌋ + 1 = 2, the last row and column never read', () => {
    const p: AxisParams = { i: 6, k: 3, p: 0, s: 2, d: 1 };
    const out = ok(axisOutput(p));
    expect(formulaTex(p, out, 'conv', false)).toContain('\\lfloor 3/2 \\rfloor + 1');
    expect(out.o).toBe(2);
    expect(out.leftover).toBe(1);
    expectChapterToPrint(SLUG, '$\\lfloor 3/2 \\rfloor + 1 = 2$, the output is $2 \\times 2$');
  });

  test('stride 0, padding −1 and kernel 9 are each refused with a sentence', () => {
    for (const p of [{ i: 5, k: 3, p: 0, s: 0, d: 1 }, { i: 5, k: 3, p: -1, s: 1, d: 1 }, { i: 5, k: 9, p: 0, s: 1, d: 1 }]) {
      const r = axisOutput(p);
      expect(r.ok).toBe(false);
    }
    expectChapterToPrint(SLUG, 'a stride of $0$, a padding of $-1$ or a kernel of $9$');
  });

  test('“padding 1, stride (3, 2)” gives [[0, 8], [6, 8]]', () => {
    const ex = findExample('stride')!;
    const rowOut = ok(axisOutput(ex.rows));
    const colOut = ok(axisOutput(ex.cols));
    const g = buildGrid({ rows: ex.rows, cols: ex.cols, rowOut, colOut, mode: 'conv', pool: 'max', ceilMode: false, input: inputValues(3, 3, ex), kernel: kernelValues(2, 2, ex) });
    expect(g.output).toEqual([[0, 8], [6, 8]]);
    expectChapterToPrint(SLUG, '"padding 1, stride (3, 2)" fills the output with\n$\\begin{bmatrix} 0 & 8 \\\\ 6 & 8 \\end{bmatrix}$');
  });

  test('pooling k = s = 2 on 5 × 5: 2 × 2, and 3 × 3 in ceil mode', () => {
    const p: AxisParams = { i: 5, k: 2, p: 0, s: 2, d: 1 };
    const floor = layerOutput({ rows: p, cols: p, mode: 'pool', ceilMode: false, channelsIn: 3, kernels: 2 }, false);
    const ceil = layerOutput({ rows: p, cols: p, mode: 'pool', ceilMode: true, channelsIn: 3, kernels: 2 }, false);
    expect(floor.ok && [floor.rows.o, floor.cols.o]).toEqual([2, 2]);
    expect(ceil.ok && [ceil.rows.o, ceil.cols.o]).toEqual([3, 3]);
    expectChapterToPrint(SLUG, 'on a $5 \\times 5$ input and the output is $2 \\times 2$; tick\n*Ceil mode* and it becomes $3 \\times 3$');
  });
});
