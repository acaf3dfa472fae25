// The images and kernels the 2D convolution widget offers, all from the convolution chapter.

/** A row-major grid of numbers. */
export interface Grid {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function grid(rows: readonly (readonly number[])[]): Grid {
  return { rows: rows.length, cols: rows[0].length, data: Float64Array.from(rows.flat()) };
}

export const IMAGE_NAMES = ['chapter', 'digit', 'x9', 'x5', 'o5', 'field', 'drawn'] as const;
export type ImageName = (typeof IMAGE_NAMES)[number];

export const IMAGE_LABELS: Record<ImageName, string> = {
  chapter: 'Chapter example 3 × 3',
  digit: 'Digit “0”, 8 × 8',
  x9: 'X, 9 × 9',
  x5: 'X, 5 × 5',
  o5: 'O, 5 × 5',
  field: 'Smooth field, 64 × 64',
  drawn: 'Your drawing',
};

/** The first sample of public/data/digits.csv (label 0), pixel values 0..16. */
export const DIGIT_ZERO = [
  0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8,
  0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
];

/** The symmetric 9 × 9 X of notes 004 (the chapter's corrected version): +1 on both diagonals of the inner 7 × 7. */
function x9(): Grid {
  const data = new Float64Array(81);
  for (let r = 0; r < 9; r++) for (let c = 0; c < 9; c++) data[r * 9 + c] = r >= 1 && r <= 7 && (c === r || c === 8 - r) ? 1 : -1;
  return { rows: 9, cols: 9, data };
}

/** φ(x, y) = sin(x)·cos(y) sampled with h = 0.2 on a 64 × 64 grid: smooth, so stencils act as derivatives. */
export const FIELD_STEP = 0.2;
function field(): Grid {
  const n = 64;
  const data = new Float64Array(n * n);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) data[r * n + c] = Math.sin(c * FIELD_STEP) * Math.cos(r * FIELD_STEP);
  return { rows: n, cols: n, data };
}

export function presetImage(name: Exclude<ImageName, 'drawn'>): Grid {
  switch (name) {
    case 'chapter':
      return grid([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);
    case 'digit':
      return { rows: 8, cols: 8, data: Float64Array.from(DIGIT_ZERO) };
    case 'x9':
      return x9();
    case 'x5':
      return grid([[-1, -1, -1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, 1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, -1, -1, -1]]);
    case 'o5':
      return grid([[-1, -1, -1, -1, -1], [-1, -1, 1, -1, -1], [-1, 1, -1, 1, -1], [-1, -1, 1, -1, -1], [-1, -1, -1, -1, -1]]);
    case 'field':
      return field();
  }
}

export const KERNEL_NAMES = [
  'chapter', 'identity', 'box', 'gaussian', 'sharpen', 'edge-h', 'edge-v', 'sobel', 'ddx', 'laplacian', 'diagonal',
] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

export interface KernelPreset {
  label: string;
  kernel: Grid;
}

export const KERNEL_PRESETS: Record<KernelName, KernelPreset> = {
  chapter: { label: 'Chapter example [[0, 1], [2, 3]]', kernel: grid([[0, 1], [2, 3]]) },
  identity: { label: 'Identity', kernel: grid([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) },
  box: { label: 'Box blur (1/9 each)', kernel: grid([[1, 1, 1], [1, 1, 1], [1, 1, 1]].map((r) => r.map((v) => v / 9))) },
  gaussian: { label: 'Gaussian [1 2 1]ᵀ[1 2 1]/16', kernel: grid([[1, 2, 1], [2, 4, 2], [1, 2, 1]].map((r) => r.map((v) => v / 16))) },
  sharpen: { label: 'Sharpen', kernel: grid([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]) },
  'edge-h': { label: 'Horizontal edges', kernel: grid([[-1, -1, -1], [0, 0, 0], [1, 1, 1]]) },
  'edge-v': { label: 'Vertical edges', kernel: grid([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]) },
  sobel: { label: 'Sobel ∂/∂x', kernel: grid([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]) },
  ddx: { label: 'Central difference ∂/∂x, h = 1', kernel: grid([[-0.5, 0, 0.5]]) },
  laplacian: { label: '5-point Laplacian, h = 1', kernel: grid([[0, 1, 0], [1, -4, 1], [0, 1, 0]]) },
  diagonal: { label: 'Diagonal stroke (X/O example)', kernel: grid([[1, -1, -1], [-1, 1, -1], [-1, -1, 1]]) },
};
