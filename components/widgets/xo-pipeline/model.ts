// The X/O pipeline of the CNN chapter (notes 004): a 9×9 image of ±1 pixels, three 3×3 filters,
// the normalised feature maps (sum of the nine products divided by 9, so a perfect match is 1),
// ReLU, and a 2×2 max-pool with stride 2. Everything is computed with the book's engine; the
// views only see plain arrays.
import { conv2d, div, maxPool2d, relu, tensor, type Tensor } from '@/lib/engine';

export type Grid = number[][];
export type ImageName = 'x' | 'o';
export type Stage = 'conv' | 'relu' | 'pool';

const X_ROWS = [
  '.........',
  '.#.....#.',
  '..#...#..',
  '...#.#...',
  '....#....',
  '...#.#...',
  '..#...#..',
  '.#.....#.',
  '.........',
];

// The notes draw only the X at 9×9; this O is drawn in the same style, a ring of +1 on −1.
const O_ROWS = [
  '.........',
  '...###...',
  '..#...#..',
  '.#.....#.',
  '.#.....#.',
  '.#.....#.',
  '..#...#..',
  '...###...',
  '.........',
];

const fromRows = (rows: readonly string[]): Grid => rows.map((r) => [...r].map((ch) => (ch === '#' ? 1 : -1)));

export const IMAGES: Record<ImageName, { label: string; pixels: Grid }> = {
  x: { label: 'X (notes 004)', pixels: fromRows(X_ROWS) },
  o: { label: 'O', pixels: fromRows(O_ROWS) },
};

export interface Filter {
  name: string;
  label: string;
  weights: Grid;
}

/** The notes' three filters: falling diagonal, the small X, rising diagonal. */
export const FILTERS: readonly Filter[] = [
  { name: 'falling', label: 'falling diagonal ╲', weights: [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]] },
  { name: 'cross', label: 'small X ╳', weights: [[1, -1, 1], [-1, 1, -1], [1, -1, 1]] },
  { name: 'rising', label: 'rising diagonal ╱', weights: [[-1, -1, 1], [-1, 1, -1], [1, -1, -1]] },
];

export const KERNEL = 3;
export const POOL = 2;

export interface Pipeline {
  /** Sums of products, one 7×7 map per filter (integers from −9 to 9). */
  sums: Grid[];
  /** sums / 9: the normalised feature maps of the notes. */
  conv: Grid[];
  relu: Grid[];
  pool: Grid[];
}

const toGrids = (t: Tensor): Grid[] => (t.toArray() as number[][][][])[0];

/**
 * The whole pipeline for one image. `keepPartial` keeps the pool windows that hang over the right
 * and bottom edge of the odd-sized 7×7 map (4×4 output, Keras 'same', PyTorch ceil_mode); without
 * it equation ⌊(7 − 2)/2⌋ + 1 = 3 drops them.
 */
export function runPipeline(image: Grid, keepPartial = true): Pipeline {
  const input = tensor([[image]]);
  const filters = tensor(FILTERS.map((f) => [f.weights]));
  const sums = conv2d(input, filters);
  const conv = div(sums, KERNEL * KERNEL);
  const rectified = relu(conv);
  const pooled = maxPool2d(rectified, { kernel: POOL, stride: POOL, ceilMode: keepPartial });
  return { sums: toGrids(sums), conv: toGrids(conv), relu: toGrids(rectified), pool: toGrids(pooled) };
}

export interface ConvWorking {
  /** Top-left corner of the 3×3 window in the image. */
  row: number;
  col: number;
  window: Grid;
  products: Grid;
  sum: number;
  normalised: number;
}

/** The window under feature-map cell (i, j) and its nine products, as the notes write them out. */
export function convWorking(image: Grid, filter: Grid, i: number, j: number): ConvWorking {
  const window = filter.map((r, a) => r.map((_, b) => image[i + a][j + b]));
  const products = filter.map((r, a) => r.map((w, b) => w * window[a][b]));
  const sum = products.flat().reduce((s, v) => s + v, 0);
  return { row: i, col: j, window, products, sum, normalised: sum / (KERNEL * KERNEL) };
}

export interface PoolWorking {
  rows: [number, number];
  cols: [number, number];
  /** The window's cells (fewer than four at a partial edge window). */
  cells: { r: number; c: number; v: number }[];
  max: number;
  at: { r: number; c: number };
}

/** The 2×2 window of the rectified map under pool cell (i, j), clipped to the map. */
export function poolWorking(map: Grid, i: number, j: number): PoolWorking {
  const r0 = i * POOL;
  const c0 = j * POOL;
  const r1 = Math.min(r0 + POOL, map.length);
  const c1 = Math.min(c0 + POOL, map[0].length);
  const cells: PoolWorking['cells'] = [];
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) cells.push({ r, c, v: map[r][c] });
  const best = cells.reduce((m, cell) => (cell.v > m.v ? cell : m), cells[0]);
  return { rows: [r0, r1 - 1], cols: [c0, c1 - 1], cells, max: best.v, at: { r: best.r, c: best.c } };
}

/** The notes print the ninths cut (not rounded) to two decimals: 7/9 → 0.77, −5/9 → −0.55. */
export function notesFormat(v: number): string {
  // Work in whole ninths so that 7/9 is cut from 77.8 to 77, not disturbed by rounding error.
  const cut = Math.trunc((Math.round(v * 9) * 100) / 9) / 100;
  const s = cut.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

/** A value in ninths: 7/9 → "7/9", 1 → "1", 0 → "0". */
export function ninths(v: number): string {
  const n = Math.round(v * 9);
  if (n === 0) return '0';
  if (Math.abs(n) === 9) return n > 0 ? '1' : '−1';
  return `${n < 0 ? '−' : ''}${Math.abs(n)}/9`;
}

export const signed = (v: number): string => (v < 0 ? `−${Math.abs(v)}` : String(v));

/** Grid size of a stage, for clamping a selected cell. */
export function stageSize(p: Pipeline, stage: Stage): [number, number] {
  const g = p[stage][0];
  return [g.length, g[0].length];
}
