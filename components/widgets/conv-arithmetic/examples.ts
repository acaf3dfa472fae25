// The worked examples of the chapter (from the notes), as one-click settings of the widget. Their
// outputs are computed by the widget with the engine; the tests check them against the numbers
// the notes print.
import type { Mode } from './model';

export type Matrix = number[][];

/** The notes' 3 × 3 input and 2 × 2 kernel. */
export const NOTES_INPUT: Matrix = [
  [0, 1, 2],
  [3, 4, 5],
  [6, 7, 8],
];
export const NOTES_KERNEL: Matrix = [
  [0, 1],
  [2, 3],
];
/** The 4 × 4 map that notes 003 max-pool with k = s = 2. */
export const NOTES_POOL_INPUT: Matrix = [
  [0, 1, 2, 1],
  [3, 4, 5, 4],
  [6, 7, 8, 7],
  [2, 1, 4, 3],
];

export interface WorkedExample {
  id: string;
  label: string;
  /** What the notes print for it. */
  expected: Matrix;
  mode: Mode;
  pool?: 'max' | 'avg';
  rows: { i: number; k: number; p: number; s: number; d: number };
  cols: { i: number; k: number; p: number; s: number; d: number };
  input: Matrix;
  kernel: Matrix | null;
}

const axis = (i: number, k: number, p = 0, s = 1, d = 1) => ({ i, k, p, s, d });

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    id: 'valid',
    label: '3 × 3 input, 2 × 2 kernel, no padding',
    expected: [
      [19, 25],
      [37, 43],
    ],
    mode: 'conv',
    rows: axis(3, 2),
    cols: axis(3, 2),
    input: NOTES_INPUT,
    kernel: NOTES_KERNEL,
  },
  {
    id: 'padded',
    label: 'the same with padding 1',
    expected: [
      [0, 3, 8, 4],
      [9, 19, 25, 10],
      [21, 37, 43, 16],
      [6, 7, 8, 0],
    ],
    mode: 'conv',
    rows: axis(3, 2, 1),
    cols: axis(3, 2, 1),
    input: NOTES_INPUT,
    kernel: NOTES_KERNEL,
  },
  {
    id: 'stride',
    label: 'padding 1, stride (3, 2)',
    expected: [
      [0, 8],
      [6, 8],
    ],
    mode: 'conv',
    rows: axis(3, 2, 1, 3),
    cols: axis(3, 2, 1, 2),
    input: NOTES_INPUT,
    kernel: NOTES_KERNEL,
  },
  {
    id: 'dilated',
    label: 'dilation 2',
    expected: [[38]],
    mode: 'conv',
    rows: axis(3, 2, 0, 1, 2),
    cols: axis(3, 2, 0, 1, 2),
    input: NOTES_INPUT,
    kernel: NOTES_KERNEL,
  },
  {
    id: 'maxpool',
    label: '2 × 2 max-pool, stride 1',
    expected: [
      [4, 5],
      [7, 8],
    ],
    mode: 'pool',
    pool: 'max',
    rows: axis(3, 2),
    cols: axis(3, 2),
    input: NOTES_INPUT,
    kernel: null,
  },
  {
    id: 'maxpool4',
    label: '4 × 4 max-pool, stride 2',
    expected: [
      [4, 5],
      [7, 8],
    ],
    mode: 'pool',
    pool: 'max',
    rows: axis(4, 2, 0, 2),
    cols: axis(4, 2, 0, 2),
    input: NOTES_POOL_INPUT,
    kernel: null,
  },
];

export const EXAMPLE_IDS = ['none', ...WORKED_EXAMPLES.map((e) => e.id)] as const;

export function findExample(id: string): WorkedExample | undefined {
  return WORKED_EXAMPLES.find((e) => e.id === id);
}

/**
 * Input values for a rows × cols grid: the example's own input when it fits, otherwise
 * (r·cols + c) mod 10, which is the notes' 3 × 3 input for a 3 × 3 grid.
 */
export function inputValues(rows: number, cols: number, example?: WorkedExample): Matrix {
  if (example && example.input.length === rows && example.input[0].length === cols) return example.input;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r * cols + c) % 10));
}

/** Kernel values: the example's kernel when it fits, otherwise (a·cols + b) mod 4 (the notes' 2 × 2 kernel for k = 2). */
export function kernelValues(rows: number, cols: number, example?: WorkedExample): Matrix {
  if (example?.kernel && example.kernel.length === rows && example.kernel[0].length === cols) return example.kernel;
  return Array.from({ length: rows }, (_, a) => Array.from({ length: cols }, (_, b) => (a * cols + b) % 4));
}
