import { describe, expect, it } from 'vitest';
import { Tensor, createRng, fromArray, full, ones, rand, randn, tensor, zeros } from '@/lib/engine';

describe('tensor(nested)', () => {
  it('tensor([[1,2,3],[4,5,6]]) has shape [2,3], row-major data, float64 by default', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.data).toBeInstanceOf(Float64Array);
    expect(t.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('tensor(3.5) is a scalar of shape [] and item() returns it', () => {
    const t = tensor(3.5);
    expect(t.shape).toEqual([]);
    expect(t.item()).toBe(3.5);
    expect(t.toArray()).toBe(3.5);
  });

  it('dtype float32 stores a Float32Array (0.1 rounds to single precision)', () => {
    const t = tensor([0.1], { dtype: 'float32' });
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(t.data[0]).toBe(Math.fround(0.1));
    expect(t.dtype).toBe('float32');
  });

  it('requiresGrad option is kept; grad starts null', () => {
    const t = tensor([1, 2], { requiresGrad: true });
    expect(t.requiresGrad).toBe(true);
    expect(t.grad).toBeNull();
  });

  it('throws TypeError on ragged arrays, naming the depth', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(/tensor: ragged array at depth 1: expected length 2, got length 1/);
  });

  it('empty tensor([]) has shape [0]', () => {
    expect(tensor([]).shape).toEqual([0]);
  });

  it('item() throws RangeError on a [2] tensor', () => {
    expect(() => tensor([1, 2]).item()).toThrow(RangeError);
  });

  it('Tensor constructor rejects a shape that does not fit the data', () => {
    expect(() => new Tensor(new Float64Array(5), [2, 3])).toThrow(/shape \[2,3\] needs 6 values, got 5/);
  });
});

describe('creation', () => {
  it('zeros/ones/full fill [2,2]', () => {
    expect(zeros([2, 2]).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(ones([2]).toArray()).toEqual([1, 1]);
    expect(full([1, 3], 7).toArray()).toEqual([[7, 7, 7]]);
  });

  it('fromArray reads flat values into [2,2] and copies them', () => {
    const src = [1, 2, 3, 4];
    const t = fromArray(src, [2, 2]);
    src[0] = 99;
    expect(t.toArray()).toEqual([[1, 2], [3, 4]]);
  });

  it('shapes with NaN or negative entries throw RangeError naming the op', () => {
    expect(() => zeros([2, NaN])).toThrow(/zeros: shape \[2,NaN\]/);
    expect(() => ones([-1])).toThrow(RangeError);
    expect(() => full([2], 1, { dtype: 'float32' }).toArray()).not.toThrow();
  });

  it('randn([10000]) from one seed has mean ≈ 0 and variance ≈ 1', () => {
    const t = randn([10000], createRng(1));
    const values = Array.from(t.data);
    const m = values.reduce((a, b) => a + b, 0) / t.size;
    const v = values.reduce((a, b) => a + (b - m) ** 2, 0) / t.size;
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(Math.abs(v - 1)).toBeLessThan(0.05);
  });

  it('rand([1000], {low: -2, high: 3}) stays in [-2, 3)', () => {
    const t = rand([1000], createRng(2), { low: -2, high: 3 });
    expect(Math.min(...t.data)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...t.data)).toBeLessThan(3);
  });
});

describe('createRng(seed)', () => {
  it('the same seed gives the same sequence; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    const sb = Array.from({ length: 5 }, () => b.next());
    const sc = Array.from({ length: 5 }, () => c.next());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('next() is uniform on [0,1): 10 bins of 20000 draws each hold 10% ± 1%', () => {
    const rng = createRng(3);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 20000; i++) bins[Math.floor(rng.next() * 10)]++;
    for (const b of bins) expect(Math.abs(b / 20000 - 0.1)).toBeLessThan(0.01);
  });

  it('two generators do not share state (no global state)', () => {
    const a = createRng(5);
    const first = a.next();
    const b = createRng(5);
    b.next();
    b.next();
    expect(createRng(5).next()).toBe(first);
  });

  it('permutation(10) contains each index once', () => {
    const p = createRng(9).permutation(10);
    expect([...p].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('rejects a NaN seed', () => {
    expect(() => createRng(NaN)).toThrow(/createRng: seed must be a finite number, got NaN/);
  });
});
