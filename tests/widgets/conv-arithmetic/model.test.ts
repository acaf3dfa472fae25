import { describe, expect, test } from 'vitest';
import { axisOutput, countPositions, layerOutput, presetPadding, type AxisOk, type AxisParams } from '@/components/widgets/conv-arithmetic/model';
import { convOutputSize, poolOutputSize } from '@/lib/engine';

const ax = (i: number, k: number, p = 0, s = 1, d = 1): AxisParams => ({ i, k, p, s, d });
const ok = (r: ReturnType<typeof axisOutput>): AxisOk => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('axisOutput against the closed form and a position count', () => {
  test('sweep i 1–20, k 1–6, p 0–3, s 1–4, d 1–3: o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1 = number of window positions', () => {
    let valid = 0;
    let invalid = 0;
    for (let i = 1; i <= 20; i++) for (let k = 1; k <= 6; k++) for (let p = 0; p <= 3; p++) for (let s = 1; s <= 4; s++) for (let d = 1; d <= 3; d++) {
      const r = axisOutput(ax(i, k, p, s, d));
      const span = d * (k - 1) + 1;
      if (span > i + 2 * p) {
        expect(r.ok).toBe(false);
        invalid++;
        continue;
      }
      const o = ok(r).o;
      expect(o).toBe(Math.floor((i + 2 * p - d * (k - 1) - 1) / s) + 1);
      expect(o).toBe(countPositions(ax(i, k, p, s, d)));
      expect(o).toBe(convOutputSize({ input: i, kernel: k, padding: p, stride: s, dilation: d }));
      // The leftover is what the last window leaves unread: (o − 1)s + k̂ + leftover = i + 2p.
      expect((o - 1) * s + span + ok(r).leftover).toBe(i + 2 * p);
      valid++;
    }
    expect(valid + invalid).toBe(20 * 6 * 4 * 4 * 3);
    expect(valid).toBeGreaterThan(4500);
    expect(invalid).toBeGreaterThan(100);
  });

  test('pooling sweep i 1–16, k 1–5, p 0–⌊k/2⌋, s 1–4, floor and ceil mode, matches the engine’s PyTorch rule', () => {
    for (let i = 1; i <= 16; i++) for (let k = 1; k <= 5; k++) for (let p = 0; 2 * p <= k; p++) for (let s = 1; s <= 4; s++) {
      for (const ceilMode of [false, true]) {
        const r = axisOutput(ax(i, k, p, s), 'pool', ceilMode);
        if (k > i + 2 * p) {
          expect(r.ok).toBe(false);
          continue;
        }
        expect(ok(r).o).toBe(poolOutputSize({ input: i, kernel: k, padding: p, stride: s, ceilMode }));
        if (!ceilMode) expect(ok(r).o).toBe(Math.floor((i + 2 * p - k) / s) + 1);
      }
    }
  });

  // Cases from the chapter's text.
  test('x=[7] k=3 p=1 s=2 → 4 (the chapter link’s demo)', () => expect(ok(axisOutput(ax(7, 3, 1, 2))).o).toBe(4));
  test('x=[6] k=3 s=2 → 2, not 2.5; one input cell never read', () => {
    const r = ok(axisOutput(ax(6, 3, 0, 2)));
    expect(r.o).toBe(2);
    expect(r.room / 2).toBe(1.5);
    expect(r.leftover).toBe(1);
  });
  test('x=[3] k=2 p=1 s=2 → 2 (the notes’ slide), s=3 → 2', () => {
    expect(ok(axisOutput(ax(3, 2, 1, 2))).o).toBe(2);
    expect(ok(axisOutput(ax(3, 2, 1, 3))).o).toBe(2);
  });
  test('x=[3] k=2 d=2 → k̂ = 3, o = 1', () => {
    const r = ok(axisOutput(ax(3, 2, 0, 1, 2)));
    expect(r.span).toBe(3);
    expect(r.o).toBe(1);
  });
  test('5 × 5 pooled with k = s = 2 gives 2, and 3 in ceil mode, with a partial last window', () => {
    expect(ok(axisOutput(ax(5, 2, 0, 2), 'pool')).o).toBe(2);
    const c = ok(axisOutput(ax(5, 2, 0, 2), 'pool', true));
    expect(c.o).toBe(3);
    expect(c.partialLast).toBe(true);
  });
  test('13 downsampled by 2 (k = s = 2) gives 6', () => expect(ok(axisOutput(ax(13, 2, 0, 2))).o).toBe(6));
  test('K = 5, S = 2 on 32 inputs: P = 2 gives 16, half of 32', () => expect(ok(axisOutput(ax(32, 5, 2, 2))).o).toBe(16));
});

describe('axisOutput explains what it refuses', () => {
  const message = (r: ReturnType<typeof axisOutput>) => (r.ok ? '' : r.message);
  test('kernel 5 on a padded input of 3 → names both numbers and the padding that would fix it', () => {
    const r = axisOutput(ax(3, 5));
    expect(r.ok).toBe(false);
    expect(message(r)).toContain('larger than the padded input, i + 2p = 3 + 2·0 = 3');
    expect(message(r)).toContain('Add at least 1 padding on each side');
  });
  test('dilated kernel k̂ = 2·(3 − 1) + 1 = 5 on 4 cells', () => {
    expect(message(axisOutput(ax(4, 3, 0, 1, 2)))).toContain('k̂ = 2·(3 − 1) + 1 = 5');
  });
  test('stride 0, negative stride, negative padding, dilation 0, input 0, kernel 0', () => {
    expect(message(axisOutput(ax(7, 3, 1, 0)))).toMatch(/^Stride 0 never moves the window/);
    expect(message(axisOutput(ax(7, 3, 1, -2)))).toContain('negative stride');
    expect(message(axisOutput(ax(7, 3, -1, 1)))).toMatch(/^Padding cannot be negative: p = −?-?1 would cut 1 cell off each side/);
    expect(message(axisOutput(ax(7, 3, 0, 1, 0)))).toContain('Dilation 0 is not possible');
    expect(message(axisOutput(ax(0, 3)))).toContain('at least one cell');
    expect(message(axisOutput(ax(7, 0)))).toContain('at least one tap');
  });
  test('NaN, 2.5 and 1e9 are named, never computed', () => {
    expect(message(axisOutput(ax(Number.NaN, 3)))).toContain('input size i is not a number');
    expect(message(axisOutput(ax(7, 2.5)))).toContain('kernel size k must be a whole number of cells; 2.5 is not');
    expect(message(axisOutput(ax(1e9, 3)))).toContain('beyond this widget');
  });
  test('pooling padding above k/2 is refused; dilation is ignored when pooling', () => {
    expect(message(axisOutput(ax(4, 2, 2), 'pool'))).toContain('p ≤ k/2 = 1');
    expect(ok(axisOutput(ax(4, 2, 0, 2, 0), 'pool')).o).toBe(2);
  });
  test('the axis is named when rows and columns differ', () => {
    const r = layerOutput({ rows: ax(7, 3), cols: ax(7, 3, 0, 0), mode: 'conv', ceilMode: false, channelsIn: 3, kernels: 2 }, true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toContain('Stride 0 (columns)');
  });
});

describe('layerOutput: the parameter count K·K·D₁·N + N and the output volume', () => {
  test('3 × 3 kernels, D₁ = 3, N = 2 on 32 × 32, p = 1: 3·3·3·2 + 2 = 56 parameters, 32 × 32 × 2', () => {
    const r = layerOutput({ rows: ax(32, 3, 1), cols: ax(32, 3, 1), mode: 'conv', ceilMode: false, channelsIn: 3, kernels: 2 }, false);
    expect(r.ok && [r.rows.o, r.cols.o, r.depth, r.weights, r.params]).toEqual([32, 32, 2, 54, 56]);
  });
  test('the notes’ common layer: 5 × 5 × 3 kernels, N = 10 → 760 parameters', () => {
    const r = layerOutput({ rows: ax(32, 5, 2), cols: ax(32, 5, 2), mode: 'conv', ceilMode: false, channelsIn: 3, kernels: 10 }, false);
    expect(r.ok && r.params).toBe(760);
  });
  test('pooling has no parameters and keeps the channels', () => {
    const r = layerOutput({ rows: ax(4, 2, 0, 2), cols: ax(4, 2, 0, 2), mode: 'pool', ceilMode: false, channelsIn: 16, kernels: 2 }, false);
    expect(r.ok && [r.params, r.depth]).toEqual([0, 16]);
  });
  test('zero input channels is refused with its own sentence', () => {
    const r = layerOutput({ rows: ax(4, 2), cols: ax(4, 2), mode: 'conv', ceilMode: false, channelsIn: 0, kernels: 2 }, false);
    expect(!r.ok && r.errors[0].message).toContain('input channels D₁');
  });
});

describe('presetPadding: valid, same (half), full', () => {
  test('k = 3 → 0, 1, 2; k = 5 → 0, 2, 4; k = 3, d = 2 → same 2, full 4', () => {
    expect(['valid', 'same', 'full'].map((m) => presetPadding(m as 'valid', 3, 1))).toEqual([0, 1, 2]);
    expect(['valid', 'same', 'full'].map((m) => presetPadding(m as 'valid', 5, 1))).toEqual([0, 2, 4]);
    expect(['same', 'full'].map((m) => presetPadding(m as 'same', 3, 2))).toEqual([2, 4]);
  });
  test('same keeps o = i and full gives o = i + k − 1 for odd k, stride 1', () => {
    for (const k of [1, 3, 5, 7]) for (const i of [7, 10]) {
      expect(ok(axisOutput(ax(i, k, presetPadding('same', k, 1)))).o).toBe(i);
      expect(ok(axisOutput(ax(i, k, presetPadding('full', k, 1)))).o).toBe(i + k - 1);
    }
  });
});
