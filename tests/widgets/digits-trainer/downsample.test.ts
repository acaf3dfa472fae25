// The drawing pad's downsampling: 32×32 bitmap → 8×8 counts of inked pixels per 4×4 block, 0..16,
// the way the data set's 8×8 images were made. Expected values are counted by hand.
import { describe, expect, test } from 'vitest';
import { blockCounts, downsample, emptyBitmap, fitToPad, inkBox, paint, paintLine, PAD_SIZE } from '@/components/widgets/digits-trainer/downsample';

const ink = (b: Uint8Array, r: number, c: number) => (b[r * PAD_SIZE + c] = 1);

describe('blockCounts(bitmap 32×32) → 8×8 in 0..16', () => {
  test('a full pad is 16 everywhere; an empty one 0', () => {
    expect(Array.from(blockCounts(new Uint8Array(1024).fill(1)))).toEqual(new Array(64).fill(16));
    expect(Array.from(blockCounts(emptyBitmap()))).toEqual(new Array(64).fill(0));
  });

  test('pixels land in their own block: (0,0) → 0, (5,9) → row 1 col 2 = 10, (31,31) → 63', () => {
    const b = emptyBitmap();
    ink(b, 0, 0);
    ink(b, 5, 9);
    ink(b, 6, 10);
    ink(b, 31, 31);
    const out = blockCounts(b);
    expect(out[0]).toBe(1);
    expect(out[10]).toBe(2);
    expect(out[63]).toBe(1);
    expect(out.reduce((s, v) => s + v, 0)).toBe(4);
  });

  test('a checkerboard gives 8 in every block', () => {
    const b = emptyBitmap();
    for (let r = 0; r < 32; r++) for (let c = 0; c < 32; c++) if ((r + c) % 2 === 0) ink(b, r, c);
    expect(Array.from(blockCounts(b))).toEqual(new Array(64).fill(8));
  });

  test('throws when the bitmap is not 32×32', () => {
    expect(() => blockCounts(new Uint8Array(100))).toThrow(/1024 pixels, got 100/);
  });
});

describe('fitToPad', () => {
  test('an empty drawing stays empty', () => {
    expect(inkBox(fitToPad(emptyBitmap()))).toBeNull();
  });

  test('a 4×2 bar in a corner grows to 32×16, centred: columns 8..23', () => {
    const b = emptyBitmap();
    for (let r = 0; r < 4; r++) for (let c = 0; c < 2; c++) ink(b, r, c);
    const fitted = fitToPad(b);
    expect(inkBox(fitted)).toEqual({ top: 0, bottom: 31, left: 8, right: 23 });
    expect(fitted.reduce((s, v) => s + v, 0)).toBe(32 * 16);
    // Downsampled: columns 2..5 of the 8×8 image are full (16), the rest empty.
    const small = downsample(b);
    expect(Array.from(small.subarray(0, 8))).toEqual([0, 0, 16, 16, 16, 16, 0, 0]);
  });
});

describe('paint', () => {
  test('radius 1.5 inks the 3×3 square around the point, not the pixels two steps away', () => {
    const b = emptyBitmap();
    expect(paint(b, 10, 10)).toBe(true);
    // Within distance 1.5 of (10,10): the 3×3 square (distances 0, 1, √2 ≈ 1.41); (8,10) is 2 away.
    expect(b.reduce((s, v) => s + v, 0)).toBe(9);
    expect(paint(b, 10, 10)).toBe(false);
  });

  test('clips at the edges and draws gap-free lines', () => {
    const b = emptyBitmap();
    paint(b, 0, 0);
    expect(b.reduce((s, v) => s + v, 0)).toBe(4);
    const line = emptyBitmap();
    paintLine(line, [16, 2], [16, 29], 0.5);
    expect(inkBox(line)).toEqual({ top: 16, bottom: 16, left: 2, right: 29 });
    expect(line.reduce((s, v) => s + v, 0)).toBe(28);
  });
});
