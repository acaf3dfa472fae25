import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { featureMap, fmt, im2col, maxAbsDifference, receptiveField, settingsProblem, type ConvSettings } from '@/components/widgets/conv-2d/model';
import { DIGIT_ZERO, FIELD_STEP, grid, KERNEL_PRESETS, presetImage, type Grid } from '@/components/widgets/conv-2d/presets';
import { customKernelPatch, drawnPatch, resolveState, schema } from '@/components/widgets/conv-2d/state';
import { defaults } from '@/lib/url-state/schema';
import { conv2d, convolve2d, tensor } from '@/lib/engine';

const base: ConvSettings = { padding: 0, stride: 1, dilation: 1, mode: 'cross' };
const I3 = grid([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
const K2 = grid([[0, 1], [2, 3]]);

/** An independent direct loop: S(i, j) = Σ_a Σ_b I(i·s + a·d − p, j·s + b·d − p) K(a, b). */
function directLoop(image: Grid, kernel: Grid, s: ConvSettings): number[][] {
  const k = s.mode === 'conv' ? { ...kernel, data: Float64Array.from(kernel.data).reverse() } : kernel;
  const oh = Math.floor((image.rows + 2 * s.padding - (s.dilation * (k.rows - 1) + 1)) / s.stride) + 1;
  const ow = Math.floor((image.cols + 2 * s.padding - (s.dilation * (k.cols - 1) + 1)) / s.stride) + 1;
  const out: number[][] = [];
  for (let i = 0; i < oh; i++) {
    const row: number[] = [];
    for (let j = 0; j < ow; j++) {
      let sum = 0;
      for (let a = 0; a < k.rows; a++) for (let b = 0; b < k.cols; b++) {
        const r = i * s.stride + a * s.dilation - s.padding;
        const c = j * s.stride + b * s.dilation - s.padding;
        if (r >= 0 && r < image.rows && c >= 0 && c < image.cols) sum += image.data[r * image.cols + c] * k.data[a * k.cols + b];
      }
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

function rowsOf(g: Grid): number[][] {
  return Array.from({ length: g.rows }, (_, r) => Array.from(g.data.subarray(r * g.cols, (r + 1) * g.cols)));
}

function mapOf(image: Grid, kernel: Grid, s: ConvSettings): number[][] {
  const result = featureMap(image, kernel, s);
  if (!result.ok) throw new Error(result.message);
  return rowsOf(result.output);
}

describe('featureMap reproduces the chapter’s worked examples', () => {
  // Convolution chapter, "A worked example", and chapter 7's padding and stride examples (notes 003).
  test('x=[3,3] k=[2,2]: cross-correlation [[19,25],[37,43]]', () => {
    expect(mapOf(I3, K2, base)).toEqual([[19, 25], [37, 43]]);
  });
  test('x=[3,3] k=[2,2]: true convolution [[5,11],[23,29]]', () => {
    expect(mapOf(I3, K2, { ...base, mode: 'conv' })).toEqual([[5, 11], [23, 29]]);
  });
  test('x=[3,3] k=[2,2] p=1: the padded 4 × 4 of the notes', () => {
    expect(mapOf(I3, K2, { ...base, padding: 1 })).toEqual([[0, 3, 8, 4], [9, 19, 25, 10], [21, 37, 43, 16], [6, 7, 8, 0]]);
  });
  test('x=[5,5] X with the diagonal kernel: [[7,−3,3],[−3,5,−3],[3,−3,7]]', () => {
    expect(mapOf(presetImage('x5'), KERNEL_PRESETS.diagonal.kernel, base)).toEqual([[7, -3, 3], [-3, 5, -3], [3, -3, 7]]);
  });
  test('x=[5,5] O with the diagonal kernel: [[−1,5,−1],[5,−5,5],[−1,5,−1]]', () => {
    expect(mapOf(presetImage('o5'), KERNEL_PRESETS.diagonal.kernel, base)).toEqual([[-1, 5, -1], [5, -5, 5], [-1, 5, -1]]);
  });
  test('x=[9,9] X with the diagonal kernel: first row 7, −1, 1, 3, 5, −1, 3 and a diagonal of 9s', () => {
    const map = mapOf(presetImage('x9'), KERNEL_PRESETS.diagonal.kernel, base);
    expect(map[0]).toEqual([7, -1, 1, 3, 5, -1, 3]);
    expect([1, 2, 4, 5].map((k) => map[k][k])).toEqual([9, 9, 9, 9]);
    expect(fmt(map[0][0] / 9)).toBe('0.778');
  });
});

describe('featureMap agrees with a direct loop and with the engine’s conv2d', () => {
  const image = presetImage('digit');
  test.each([
    ['k=3 s=1 p=0 d=1', 'sobel', { ...base }],
    ['k=3 s=2 p=1 d=1', 'laplacian', { ...base, stride: 2, padding: 1 }],
    ['k=3 s=1 p=2 d=2', 'sharpen', { ...base, padding: 2, dilation: 2 }],
    ['k=[1,3] s=3 p=0 conv', 'ddx', { ...base, stride: 3, mode: 'conv' as const }],
    ['k=3 s=2 p=3 d=1 conv', 'edge-h', { ...base, stride: 2, padding: 3, mode: 'conv' as const }],
  ] as const)('x=[8,8] %s', (_name, kernel, s) => {
    const got = mapOf(image, KERNEL_PRESETS[kernel].kernel, s);
    const want = directLoop(image, KERNEL_PRESETS[kernel].kernel, s);
    expect(got.length).toBe(want.length);
    got.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(want[r][c], 12)));
    const k = s.mode === 'conv' ? convolve2d : conv2d;
    const engine = k(tensor(rowsOf(image)), tensor(rowsOf(KERNEL_PRESETS[kernel].kernel)), s).toArray() as number[][];
    got.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(engine[r][c], 12)));
  });
});

describe('stencils act as derivatives on the smooth field', () => {
  // φ = sin(x)cos(y) with h = 0.2: the central difference (scaled by 1/h) approximates cos(x)cos(y)
  // with error h²/6·|φ'''| ≤ 0.0067, and the Laplacian (scaled by 1/h²) approximates −2φ.
  const phi = presetImage('field');
  const h = FIELD_STEP;
  test('central difference ≈ ∂φ/∂x to within h²/6', () => {
    const map = mapOf(phi, KERNEL_PRESETS.ddx.kernel, base);
    const [r, c] = [20, 30];
    expect(map[r][c] / h).toBeCloseTo(Math.cos((c + 1) * h) * Math.cos(r * h), 2);
    expect(Math.abs(map[r][c] / h - Math.cos((c + 1) * h) * Math.cos(r * h))).toBeLessThan((h * h) / 6);
  });
  test('5-point Laplacian ≈ −2φ', () => {
    const map = mapOf(phi, KERNEL_PRESETS.laplacian.kernel, base);
    const [r, c] = [10, 40];
    const exact = -2 * Math.sin((c + 1) * h) * Math.cos((r + 1) * h);
    expect(Math.abs(map[r][c] / (h * h) - exact)).toBeLessThan(0.01);
  });
});

describe('settingsProblem explains what cannot work', () => {
  test('stride 0', () => {
    expect(settingsProblem(I3, K2, { ...base, stride: 0 })).toMatch(/Stride 0 would never move the window/);
  });
  test('dilation 0', () => {
    expect(settingsProblem(I3, K2, { ...base, dilation: 0 })).toMatch(/Dilation 0/);
  });
  test('a 7 × 7 kernel on a 3 × 3 input with padding 1', () => {
    const k7 = { rows: 7, cols: 7, data: new Float64Array(49) };
    expect(settingsProblem(I3, k7, { ...base, padding: 1 })).toBe(
      'The kernel has 7 rows, but the padded input has only 3 + 2·1 = 5: there is no position where the kernel fits. Add padding, or use a smaller kernel or dilation.',
    );
    expect(featureMap(I3, k7, { ...base, padding: 2 }).ok).toBe(true);
  });
  test('dilation 3 makes a 2 × 2 kernel span 4 cells', () => {
    expect(settingsProblem(I3, K2, { ...base, dilation: 3 })).toMatch(/spans 3·\(2 − 1\) \+ 1 = 4 rows, but the padded input has only 3 \+ 2·0 = 3/);
  });
});

describe('receptiveField lists the products of one output cell', () => {
  test('S(0, 0) = 0·0 + 1·1 + 3·2 + 4·3 = 19', () => {
    const terms = receptiveField(I3, K2, base, 0, 0);
    expect(terms.map((t) => [t.input, t.weight])).toEqual([[0, 0], [1, 1], [3, 2], [4, 3]]);
  });
  test('convolution pairs the top-left input with K(1, 1): S(0, 0) = 0·3 + 1·2 + 3·1 + 4·0 = 5', () => {
    const terms = receptiveField(I3, K2, { ...base, mode: 'conv' }, 0, 0);
    expect(terms.map((t) => [t.input, t.weight])).toEqual([[0, 3], [1, 2], [3, 1], [4, 0]]);
  });
  test('with padding 1, S(0, 0) reads three padding zeros and I(0, 0)', () => {
    const terms = receptiveField(I3, K2, { ...base, padding: 1 }, 0, 0);
    expect(terms.map((t) => t.inPadding)).toEqual([true, true, true, false]);
  });
});

describe('im2col: W′·vec(I) equals the feature map', () => {
  test('the chapter’s 4 × 9 W′ for the 3 × 3 example', () => {
    const m = im2col(I3, K2, base);
    if (!m || !m.ok) throw new Error('expected a matrix');
    expect([m.rows, m.cols, m.nonZero]).toEqual([4, 9, 16]);
    expect(Array.from(m.entries.subarray(0, 9))).toEqual([0, 1, 0, 2, 3, 0, 0, 0, 0]);
    expect(Array.from(m.entries.subarray(27, 36))).toEqual([0, 0, 0, 0, 0, 1, 0, 2, 3]);
    expect(Array.from(m.product)).toEqual([19, 25, 37, 43]);
  });
  test.each([
    ['x=[8,8] k=3 p=1 s=2', 'digit', 'gaussian', { ...base, padding: 1, stride: 2 }],
    ['x=[9,9] k=3 p=2 d=2 conv', 'x9', 'sobel', { ...base, padding: 2, dilation: 2, mode: 'conv' as const }],
  ] as const)('%s', (_name, img, ker, s) => {
    const image = presetImage(img);
    const m = im2col(image, KERNEL_PRESETS[ker].kernel, s);
    const map = featureMap(image, KERNEL_PRESETS[ker].kernel, s);
    if (!m || !m.ok || !map.ok) throw new Error('expected results');
    expect(maxAbsDifference(m.product, map.output.data)).toBeLessThan(1e-12);
  });
  test('a 64 × 64 image gives a W′ too large to build, described instead', () => {
    const m = im2col(presetImage('field'), KERNEL_PRESETS.box.kernel, base);
    expect(m).toEqual({ ok: false, rows: 62 * 62, cols: 64 * 64 });
  });
});

describe('speed: 64 × 64 image, 7 × 7 kernel', () => {
  test('a feature map takes well under a frame (16 ms), median of 15 runs', () => {
    const image = presetImage('field');
    const k7 = { rows: 7, cols: 7, data: Float64Array.from({ length: 49 }, (_, k) => (k % 5) - 2) };
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const t0 = performance.now();
      featureMap(image, k7, { ...base, padding: 3 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[7]).toBeLessThan(16);
  });
});

describe('the state table', () => {
  test('the digit preset is sample 0 of digits.csv', () => {
    const first = readFileSync('public/data/digits.csv', 'utf8').split('\n')[0].split(',').map(Number);
    expect(first.slice(0, 64)).toEqual(DIGIT_ZERO);
    expect(first[64]).toBe(0);
  });
  test('a drawing and a typed kernel round-trip through their patches', () => {
    const state = { ...defaults(schema), ...drawnPatch(grid([[1, 2], [3, 4]])), ...customKernelPatch(grid([[0.5, -1]])) };
    const { image, kernel, problems } = resolveState(state);
    expect(rowsOf(image)).toEqual([[1, 2], [3, 4]]);
    expect(rowsOf(kernel)).toEqual([[0.5, -1]]);
    expect(problems).toEqual([]);
  });
  test('a drawing of the wrong length is padded with zeros, with a sentence saying so', () => {
    const state = { ...defaults(schema), img: 'drawn' as const, dr: 2, dc: 2, cells: [5] };
    const { image, problems } = resolveState(state);
    expect(rowsOf(image)).toEqual([[5, 0], [0, 0]]);
    expect(problems[0]).toMatch(/has 1 values, but a 2 × 2 drawing needs 4/);
  });
});
