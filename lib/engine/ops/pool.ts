// Max and average pooling over k×k windows of each channel, input [N, C, H, W] (or a plain [H, W]).
// Window (i, j) covers rows i·s − p … i·s − p + k − 1 (and the same for columns); cells in the
// padding are ignored by max pooling and count as zeros for average pooling when countIncludePad.
import { record } from '../autograd';
import { Tensor, allocate, formatShape } from '../tensor';
import { checkNotEmpty, checkTensor } from '../validate';
import { poolOutputSize, toPair, type Pair } from './conv-size';

export interface PoolOptions {
  kernel: Pair;
  /** Defaults to the kernel size (non-overlapping windows). */
  stride?: Pair;
  padding?: Pair;
  /** Round the output size up, so a partial window at the end is kept. */
  ceilMode?: boolean;
}

export interface AvgPoolOptions extends PoolOptions {
  /** Divide by the full window size, padding included (PyTorch's default), or by the real cells only. */
  countIncludePad?: boolean;
}

interface Window {
  rowStart: number; rowEnd: number; colStart: number; colEnd: number;
  /** Cells of the window inside the padded input (for countIncludePad). */
  paddedCount: number;
}

/** Runs `visit` for each output cell with its window clipped to the input. */
function pool(op: string, input: Tensor, options: PoolOptions, visit: (plane: number, win: Window, yi: number) => void): [number[], boolean] {
  checkTensor(input, op, 'input');
  if (options === undefined || options.kernel === undefined) throw new TypeError(`${op}: options.kernel is required`);
  const plain = input.rank === 2;
  if (!plain && input.rank !== 4) {
    throw new RangeError(`${op}: input must be rank 4 [batch, channels, height, width] or rank 2, got shape ${formatShape(input.shape)}`);
  }
  checkNotEmpty(input, op, 'input');
  const [N, C, H, W] = plain ? [1, 1, ...input.shape] : input.shape;
  const [KH, KW] = toPair(options.kernel, 'kernel', op);
  const [SH, SW] = toPair(options.stride ?? options.kernel, 'stride', op);
  const [PH, PW] = toPair(options.padding ?? 0, 'padding', op);
  const ceilMode = options.ceilMode ?? false;
  const context = (axis: string): string => `${op} (${axis}; input ${formatShape(input.shape)}, kernel [${KH},${KW}])`;
  const OH = poolOutputSize({ input: H, kernel: KH, stride: SH, padding: PH, ceilMode }, context('rows'));
  const OW = poolOutputSize({ input: W, kernel: KW, stride: SW, padding: PW, ceilMode }, context('cols'));
  for (let plane = 0; plane < N * C; plane++) for (let i = 0; i < OH; i++) for (let j = 0; j < OW; j++) {
    const r0 = i * SH - PH;
    const c0 = j * SW - PW;
    const r1 = Math.min(r0 + KH, H + PH);
    const c1 = Math.min(c0 + KW, W + PW);
    visit(plane, {
      rowStart: Math.max(r0, 0), rowEnd: Math.min(r1, H), colStart: Math.max(c0, 0), colEnd: Math.min(c1, W),
      paddedCount: (r1 - r0) * (c1 - c0),
    }, (plane * OH + i) * OW + j);
  }
  return [plain ? [OH, OW] : [N, C, OH, OW], plain];
}

export function maxPool2d(input: Tensor, options: PoolOptions): Tensor {
  const values: number[] = [];
  const argmax: number[] = []; // flat input index of each window's maximum, for backward
  const [shape] = pool('maxPool2d', input, options, (plane, win, yi) => {
    const H = input.shape[input.rank - 2];
    const W = input.shape[input.rank - 1];
    let best = -Infinity;
    let where = -1;
    for (let r = win.rowStart; r < win.rowEnd; r++) for (let c = win.colStart; c < win.colEnd; c++) {
      const k = (plane * H + r) * W + c;
      const v = input.data[k];
      if (v > best || where < 0 || Number.isNaN(v)) {
        best = v;
        where = k;
        if (Number.isNaN(v)) break;
      }
    }
    values[yi] = best;
    argmax[yi] = where;
  });
  const y = allocate(input.dtype, values.length);
  y.set(values);
  return record(new Tensor(y, shape), 'maxPool2d', [input], (g) => {
    // Only the maximum of each window moved the output, so it alone receives the gradient.
    const gx = allocate(g.dtype, input.size);
    for (let k = 0; k < argmax.length; k++) gx[argmax[k]] += g.data[k];
    return [new Tensor(gx, input.shape)];
  });
}

export function avgPool2d(input: Tensor, options: AvgPoolOptions): Tensor {
  const includePad = options?.countIncludePad ?? true;
  const windows: Window[] = [];
  const planes: number[] = [];
  const [shape] = pool('avgPool2d', input, options, (plane, win, yi) => {
    windows[yi] = win;
    planes[yi] = plane;
  });
  const H = input.shape[input.rank - 2];
  const W = input.shape[input.rank - 1];
  const divisor = (win: Window): number =>
    includePad ? win.paddedCount : (win.rowEnd - win.rowStart) * (win.colEnd - win.colStart);
  const y = allocate(input.dtype, windows.length);
  windows.forEach((win, yi) => {
    let s = 0;
    for (let r = win.rowStart; r < win.rowEnd; r++) for (let c = win.colStart; c < win.colEnd; c++) {
      s += input.data[(planes[yi] * H + r) * W + c];
    }
    y[yi] = s / divisor(win);
  });
  return record(new Tensor(y, shape), 'avgPool2d', [input], (g) => {
    // Each cell of a window contributed 1/divisor of the mean.
    const gx = allocate(g.dtype, input.size);
    windows.forEach((win, yi) => {
      const share = g.data[yi] / divisor(win);
      for (let r = win.rowStart; r < win.rowEnd; r++) for (let c = win.colStart; c < win.colEnd; c++) {
        gx[(planes[yi] * H + r) * W + c] += share;
      }
    });
    return [new Tensor(gx, input.shape)];
  });
}

