import { describe, expect, test } from 'vitest';
import {
  convWorking, FILTERS, IMAGES, ninths, notesFormat, poolWorking, runPipeline,
} from '@/components/widgets/xo-pipeline/model';

// Golden values: the three 7×7 feature maps as printed in notes 004 (two decimals, cut).
const NOTES_FALLING = `
0.77 -0.11 0.11 0.33 0.55 -0.11 0.33
-0.11 1.00 -0.11 0.33 -0.11 0.11 -0.11
0.11 -0.11 1.00 -0.33 0.11 -0.11 0.55
0.33 0.33 -0.33 0.55 -0.33 0.33 0.33
0.55 -0.11 0.11 -0.33 1.00 -0.11 0.11
-0.11 0.11 -0.11 0.33 -0.11 1.00 -0.11
0.33 -0.11 0.55 0.33 0.11 -0.11 0.77`;
const NOTES_CROSS = `
0.33 -0.55 0.11 -0.11 0.11 -0.55 0.33
-0.55 0.55 -0.55 0.33 -0.55 0.55 -0.55
0.11 -0.55 0.55 -0.77 0.55 -0.55 0.11
-0.11 0.33 -0.77 1.00 -0.77 0.33 -0.11
0.11 -0.55 0.55 -0.77 0.55 -0.55 0.11
-0.55 0.55 -0.55 0.33 -0.55 0.55 -0.55
0.33 -0.55 0.11 -0.11 0.11 -0.55 0.33`;
const NOTES_RISING = `
0.33 -0.11 0.55 0.33 0.11 -0.11 0.77
-0.11 0.11 -0.11 0.33 -0.11 1.00 -0.11
0.55 -0.11 0.11 -0.33 1.00 -0.11 0.11
0.33 0.33 -0.33 0.55 -0.33 0.33 0.33
0.11 -0.11 1.00 -0.33 0.11 -0.11 0.55
-0.11 1.00 -0.11 0.33 -0.11 0.11 -0.11
0.77 -0.11 0.11 0.33 0.55 -0.11 0.33`;
const parse = (text: string) => text.trim().split('\n').map((r) => r.trim().split(/\s+/));

// An independent sliding-window sum, written without the engine.
function naiveSums(img: number[][], w: number[][]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i + 3 <= img.length; i++) {
    out.push([]);
    for (let j = 0; j + 3 <= img[0].length; j++) {
      let s = 0;
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) s += img[i + a][j + b] * w[a][b];
      out[i].push(s);
    }
  }
  return out;
}

describe('X/O pipeline model', () => {
  const x = runPipeline(IMAGES.x.pixels);

  test('the 9×9 X with the three filters gives the three maps of notes 004, digit for digit', () => {
    const printed = [NOTES_FALLING, NOTES_CROSS, NOTES_RISING].map(parse);
    x.conv.forEach((map, f) => expect(map.map((r) => r.map(notesFormat))).toEqual(printed[f]));
  });

  test('the falling map’s diagonal reads 0.77, 1.00, 1.00, 0.55, 1.00, 1.00, 0.77 (the chapter’s lead-in)', () => {
    expect(x.conv[0].map((row, i) => notesFormat(row[i]))).toEqual(['0.77', '1.00', '1.00', '0.55', '1.00', '1.00', '0.77']);
  });

  test('normalised = sum of products / 9; top-left of the falling map is 7/9 = 0.7778', () => {
    expect(x.sums[0][0][0]).toBe(7);
    expect(x.conv[0][0][0]).toBeCloseTo(0.777778, 6);
    expect(notesFormat(7 / 9)).toBe('0.77');
    expect(notesFormat(-5 / 9)).toBe('-0.55');
    expect(notesFormat(1)).toBe('1.00');
    expect(ninths(7 / 9)).toBe('7/9');
    expect(ninths(-1 / 9)).toBe('−1/9');
  });

  test('the engine convolution agrees with a plain loop for both images and all filters', () => {
    for (const name of ['x', 'o'] as const) {
      const p = runPipeline(IMAGES[name].pixels);
      FILTERS.forEach((f, k) => expect(p.sums[k]).toEqual(naiveSums(IMAGES[name].pixels, f.weights)));
    }
  });

  test('ReLU then 2×2 max-pool with stride 2 gives the chapter’s 4×4 map in ninths', () => {
    const pooledNinths = x.pool[0].map((r) => r.map((v) => Math.round(v * 9)));
    expect(pooledNinths).toEqual([[9, 3, 5, 3], [3, 9, 3, 5], [5, 3, 9, 1], [3, 5, 1, 7]]);
    expect(x.relu[0].flat().every((v) => v >= 0)).toBe(true);
    expect(x.relu[0][0][1]).toBe(0); // −1/9 rectified
  });

  test('dropping the partial windows gives ⌊(7 − 2)/2⌋ + 1 = 3 rows: the top-left 3×3 block', () => {
    const floor = runPipeline(IMAGES.x.pixels, false);
    expect(floor.pool[0].length).toBe(3);
    expect(floor.pool[0].map((r) => r.map((v) => Math.round(v * 9)))).toEqual([[9, 3, 5], [3, 9, 3], [5, 3, 9]]);
  });

  test('convWorking reproduces the notes’ written-out top-left sum: 8 agreements − 1 = 7', () => {
    const w = convWorking(IMAGES.x.pixels, FILTERS[0].weights, 0, 0);
    expect(w.products.flat().filter((v) => v === 1).length).toBe(8);
    expect(w.sum).toBe(7);
    // every cell's working equals the map
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) {
      expect(convWorking(IMAGES.x.pixels, FILTERS[1].weights, i, j).sum).toBe(x.sums[1][i][j]);
    }
  });

  test('poolWorking: the edge window (3, 3) holds one cell, 7/9; window (0, 0) has max 1 at (1, 1)', () => {
    const edge = poolWorking(x.relu[0], 3, 3);
    expect(edge.cells.length).toBe(1);
    expect(edge.max).toBeCloseTo(7 / 9, 12);
    const first = poolWorking(x.relu[0], 0, 0);
    expect(first.cells.length).toBe(4);
    expect(first.max).toBe(1);
    expect(first.at).toEqual({ r: 1, c: 1 });
  });

  test('the X excites the falling-diagonal filter more than the O; only the X contains the small X', () => {
    const o = runPipeline(IMAGES.o.pixels);
    const total = (p: typeof x) => p.pool[0].flat().reduce((s, v) => s + v, 0);
    expect(total(x)).toBeGreaterThan(total(o));
    // The small-X filter sees its pattern only in the X: 1 at the centre; at most 5/9 on the O.
    expect(Math.max(...x.conv[1].flat())).toBe(1);
    expect(Math.max(...o.conv[1].flat())).toBeCloseTo(5 / 9, 12);
    expect(o.sums[1][1][1]).toBe(5); // the cell the e2e link opens
  });
});
