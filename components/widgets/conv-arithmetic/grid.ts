// The numbers behind the animation: the padded input, each window position with the cells it
// reads, and the output values, computed with the engine's conv2d / maxPool2d / avgPool2d.
import { avgPool2d, conv2d, maxPool2d, tensor } from '@/lib/engine';
import type { Matrix } from './examples';
import type { AxisOk, AxisParams, Mode } from './model';

/** The grid is drawn when the padded input has at most this many cells per axis. */
export const DRAW_LIMIT = 16;

export interface Tap {
  /** Row and column in the padded input. */
  r: number;
  c: number;
  /** The value read: 0 in the zero padding (−∞ is never drawn: padded cells are skipped by max pooling). */
  x: number;
  inPadding: boolean;
  /** The kernel weight it is multiplied by (convolution only). */
  w: number | null;
}

export interface WindowPosition {
  /** Output row and column. */
  row: number;
  col: number;
  taps: Tap[];
  value: number;
  /** The sum of products (or the max / mean) with the numbers, e.g. "0·0 + 1·1 + 3·2 + 4·3 = 19". */
  working: string;
}

export interface GridModel {
  paddedRows: number;
  paddedCols: number;
  padRows: number;
  padCols: number;
  input: Matrix;
  kernel: Matrix | null;
  output: Matrix;
  positions: WindowPosition[];
  /** Padded rows / columns that some window reads. */
  rowUsed: boolean[];
  colUsed: boolean[];
}

export interface GridSpec {
  rows: AxisParams;
  cols: AxisParams;
  rowOut: AxisOk;
  colOut: AxisOk;
  mode: Mode;
  pool: 'max' | 'avg';
  ceilMode: boolean;
  input: Matrix;
  kernel: Matrix;
}

/** A number as the grid prints it: integers as they are, others to 2 decimals without trailing zeros. */
export function formatValue(v: number): string {
  if (Number.isInteger(v)) return v < 0 ? `−${-v}` : String(v);
  const text = String(Number(v.toFixed(2)));
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

function outputMatrix(spec: GridSpec): Matrix {
  const x = tensor(spec.input);
  const [rk, ck] = [spec.rows.k, spec.cols.k];
  const out =
    spec.mode === 'conv'
      ? conv2d(x, tensor(spec.kernel), { padding: [spec.rows.p, spec.cols.p], stride: [spec.rows.s, spec.cols.s], dilation: [spec.rows.d, spec.cols.d] })
      : (spec.pool === 'max' ? maxPool2d : avgPool2d)(x, {
          kernel: [rk, ck],
          stride: [spec.rows.s, spec.cols.s],
          padding: [spec.rows.p, spec.cols.p],
          ceilMode: spec.ceilMode,
        });
  const [oh, ow] = out.shape;
  return Array.from({ length: oh }, (_, r) => Array.from(out.data.slice(r * ow, (r + 1) * ow)));
}

/** Every window position in reading order, with the cells it reads and what it computes. */
export function buildGrid(spec: GridSpec): GridModel {
  const { rows, cols, rowOut, colOut, mode, input } = spec;
  const output = outputMatrix(spec);
  const dr = mode === 'conv' ? rows.d : 1;
  const dc = mode === 'conv' ? cols.d : 1;
  const rowUsed = new Array<boolean>(rowOut.padded).fill(false);
  const colUsed = new Array<boolean>(colOut.padded).fill(false);
  const positions: WindowPosition[] = [];
  for (let row = 0; row < rowOut.o; row++) {
    for (let col = 0; col < colOut.o; col++) {
      const taps: Tap[] = [];
      for (let a = 0; a < rows.k; a++) {
        for (let b = 0; b < cols.k; b++) {
          const r = row * rows.s + a * dr;
          const c = col * cols.s + b * dc;
          // Ceil mode: a last window may hang over the end; those cells do not exist.
          if (r >= rowOut.padded || c >= colOut.padded) continue;
          const ir = r - rows.p;
          const ic = c - cols.p;
          const inPadding = ir < 0 || ic < 0 || ir >= rows.i || ic >= cols.i;
          rowUsed[r] = true;
          colUsed[c] = true;
          taps.push({ r, c, x: inPadding ? 0 : input[ir][ic], inPadding, w: mode === 'conv' ? spec.kernel[a][b] : null });
        }
      }
      const value = output[row][col];
      positions.push({ row, col, taps, value, working: working(taps, value, mode, spec.pool) });
    }
  }
  return {
    paddedRows: rowOut.padded,
    paddedCols: colOut.padded,
    padRows: rows.p,
    padCols: cols.p,
    input,
    kernel: mode === 'conv' ? spec.kernel : null,
    output,
    positions,
    rowUsed,
    colUsed,
  };
}

function working(taps: Tap[], value: number, mode: Mode, pool: 'max' | 'avg'): string {
  const shown = taps.length > 9 ? null : taps;
  if (mode === 'conv') {
    if (!shown) return `the sum of ${taps.length} products = ${formatValue(value)}`;
    return `${shown.map((t) => `${formatValue(t.x)}·${formatValue(t.w ?? 0)}`).join(' + ')} = ${formatValue(value)}`;
  }
  // Max pooling skips the padding (it counts as −∞); average pooling counts it as 0.
  const read = pool === 'max' ? taps.filter((t) => !t.inPadding) : taps;
  if (!shown) return `${pool === 'max' ? 'the maximum' : 'the mean'} of ${read.length} cells = ${formatValue(value)}`;
  const list = read.map((t) => formatValue(t.x)).join(', ');
  return pool === 'max' ? `max(${list}) = ${formatValue(value)}` : `mean(${list}) = ${formatValue(value)}`;
}
