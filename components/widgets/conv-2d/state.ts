// The 2D convolution widget's URL table. ?c2.img=x5&c2.ker=diagonal opens the X/O example;
// a drawing travels as c2.img=drawn&c2.dr=4&c2.dc=4&c2.cells=…, a typed kernel as
// c2.ker=custom&c2.kh=…&c2.kw=…&c2.kv=…. No randomness is involved, so there is no seed.
import type { Schema, StateOf } from '@/lib/url-state/schema';
import { resized } from './model';
import { IMAGE_NAMES, KERNEL_NAMES, KERNEL_PRESETS, presetImage, type Grid, type KernelName } from './presets';

export const URL_PREFIX = 'c2';

export const MAX_DRAWN = 16;
export const MAX_KERNEL = 7;
export const MAX_PADDING = 8;
export const MAX_STRIDE = 8;
export const MAX_DILATION = 4;
export const VALUE_LIMIT = 1000;

export const KERNEL_CHOICES = [...KERNEL_NAMES, 'custom'] as const;

export const schema = {
  img: { kind: 'enum', default: 'chapter', options: IMAGE_NAMES },
  dr: { kind: 'int', default: 8, min: 1, max: MAX_DRAWN },
  dc: { kind: 'int', default: 8, min: 1, max: MAX_DRAWN },
  cells: { kind: 'numbers', default: [], maxLength: MAX_DRAWN * MAX_DRAWN, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  ker: { kind: 'enum', default: 'chapter', options: KERNEL_CHOICES },
  kh: { kind: 'int', default: 3, min: 1, max: MAX_KERNEL },
  kw: { kind: 'int', default: 3, min: 1, max: MAX_KERNEL },
  kv: { kind: 'numbers', default: [], maxLength: MAX_KERNEL * MAX_KERNEL, min: -VALUE_LIMIT, max: VALUE_LIMIT },
  // Stride and dilation 0 are accepted here so the widget can explain why they cannot work.
  p: { kind: 'int', default: 0, min: 0, max: MAX_PADDING },
  s: { kind: 'int', default: 1, min: 0, max: MAX_STRIDE },
  d: { kind: 'int', default: 1, min: 0, max: MAX_DILATION },
  mode: { kind: 'enum', default: 'cross', options: ['cross', 'conv'] },
  or: { kind: 'int', default: 0, min: 0, max: 127 },
  oc: { kind: 'int', default: 0, min: 0, max: 127 },
} as const satisfies Schema;

export type Conv2dState = StateOf<typeof schema>;

export interface Resolved {
  image: Grid;
  kernel: Grid;
  /** Sentences about parts of the link that did not fit together (a drawing or kernel of the wrong length). */
  problems: string[];
}

/** The image the state describes, with a sentence if a drawing in the link has the wrong length. */
export function resolveImage(state: Conv2dState): { image: Grid; problems: string[] } {
  if (state.img !== 'drawn') return { image: presetImage(state.img), problems: [] };
  const need = state.dr * state.dc;
  const problems =
    state.cells.length === need
      ? []
      : [`The drawing in the link has ${state.cells.length} values, but a ${state.dr} × ${state.dc} drawing needs ${need}; missing cells are 0 and extra ones are dropped.`];
  const flat = resized({ rows: 1, cols: state.cells.length, data: Float64Array.from(state.cells) }, 1, need).data;
  return { image: { rows: state.dr, cols: state.dc, data: flat }, problems };
}

/** The kernel the state describes, with a sentence if a typed kernel in the link has the wrong length. */
export function resolveKernel(state: Conv2dState): { kernel: Grid; problems: string[] } {
  if (state.ker !== 'custom') return { kernel: KERNEL_PRESETS[state.ker as KernelName].kernel, problems: [] };
  const need = state.kh * state.kw;
  const problems =
    state.kv.length === need
      ? []
      : [`The kernel in the link has ${state.kv.length} values, but a ${state.kh} × ${state.kw} kernel needs ${need}; missing entries are 0 and extra ones are dropped.`];
  const flat = resized({ rows: 1, cols: state.kv.length, data: Float64Array.from(state.kv) }, 1, need).data;
  return { kernel: { rows: state.kh, cols: state.kw, data: flat }, problems };
}

/** The image and kernel the state describes. */
export function resolveState(state: Conv2dState): Resolved {
  const { image, problems: imageProblems } = resolveImage(state);
  const { kernel, problems: kernelProblems } = resolveKernel(state);
  return { image, kernel, problems: [...imageProblems, ...kernelProblems] };
}

/** The state patch that makes `image` the reader's own drawing. */
export function drawnPatch(image: Grid): Partial<Conv2dState> {
  return { img: 'drawn', dr: image.rows, dc: image.cols, cells: Array.from(image.data, roundForUrl) };
}

/** The state patch that makes `kernel` a typed kernel. */
export function customKernelPatch(kernel: Grid): Partial<Conv2dState> {
  return { ker: 'custom', kh: kernel.rows, kw: kernel.cols, kv: Array.from(kernel.data, roundForUrl) };
}

/** Values travel with at most 4 decimals, so 1/9 does not fill the address bar. */
function roundForUrl(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}
