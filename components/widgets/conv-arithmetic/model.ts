// Output-size arithmetic of a convolution or pooling layer, one axis at a time, with every rule
// that can fail explained in words (chapter "Padding, stride and pooling", equations general,
// dilated and pool):
//   convolution  o = ⌊(i + 2p − d(k − 1) − 1)/s⌋ + 1
//   pooling      o = ⌊(i + 2p − k)/s⌋ + 1   (⌈…⌉ in ceil mode, PyTorch's rule for the last window)
// Pure: no DOM, no React.

export type Mode = 'conv' | 'pool';
export type AxisField = 'i' | 'k' | 'p' | 's' | 'd';

export interface AxisParams {
  i: number;
  k: number;
  p: number;
  s: number;
  d: number;
}

export interface AxisOk {
  ok: true;
  /** Output size. */
  o: number;
  /** Cells the (dilated) kernel spans: k̂ = d(k − 1) + 1. */
  span: number;
  /** Padded input size i + 2p. */
  padded: number;
  /** i + 2p − k̂, the room the window has to move. */
  room: number;
  /** room mod s: padded cells after the last full window that no window reads. */
  leftover: number;
  /** Ceil mode only: the last window hangs over the end of the padded input. */
  partialLast: boolean;
}

export interface AxisError {
  ok: false;
  field: AxisField;
  message: string;
}

export type AxisResult = AxisOk | AxisError;

/** Largest size the widget accepts for any one number (the arithmetic holds beyond it, the page would not). */
export const MAX_SIZE = 10_000;

const FIELD_NAMES: Record<AxisField, string> = { i: 'input size i', k: 'kernel size k', p: 'padding p', s: 'stride s', d: 'dilation d' };

/** "rows" / "columns" suffix for messages when the axes differ. */
function where(axis: string | undefined): string {
  return axis ? ` (${axis})` : '';
}

/**
 * The output size along one axis, or the first rule the numbers break, said in words.
 * In pooling mode the dilation is not used (it must be 1).
 */
export function axisOutput(params: AxisParams, mode: Mode = 'conv', ceilMode = false, axis?: string): AxisResult {
  const { i, k, p, s, d } = params;
  for (const field of ['i', 'k', 'p', 's', 'd'] as const) {
    const v = params[field];
    if (!Number.isFinite(v)) return { ok: false, field, message: `The ${FIELD_NAMES[field]}${where(axis)} is not a number. Type a whole number.` };
    if (!Number.isInteger(v)) return { ok: false, field, message: `The ${FIELD_NAMES[field]}${where(axis)} must be a whole number of cells; ${v} is not.` };
    if (Math.abs(v) > MAX_SIZE) return { ok: false, field, message: `The ${FIELD_NAMES[field]}${where(axis)} = ${v} is beyond this widget's limit of ${MAX_SIZE.toLocaleString('en-US')}.` };
  }
  if (i < 1) return { ok: false, field: 'i', message: `An input needs at least one cell${where(axis)}; i = ${i} leaves nothing to convolve.` };
  if (k < 1) return { ok: false, field: 'k', message: `A kernel needs at least one tap${where(axis)}; k = ${k} has nothing to slide.` };
  if (s < 1) {
    return {
      ok: false,
      field: 's',
      message:
        s === 0
          ? `Stride 0${where(axis)} never moves the window: it would read the same cells forever. The stride is how far the window jumps, at least 1.`
          : `A negative stride${where(axis)} (s = ${s}) would move the window backwards. The stride must be at least 1.`,
    };
  }
  if (p < 0) {
    return { ok: false, field: 'p', message: `Padding cannot be negative${where(axis)}: p = ${p} would cut ${-p} cell${p === -1 ? '' : 's'} off each side. Padding adds zeros; to crop, make the input smaller.` };
  }
  if (mode === 'conv' && d < 1) {
    return {
      ok: false,
      field: 'd',
      message: `Dilation ${d}${where(axis)} is not possible: d is the distance between the kernel's taps, so d = 1 means adjacent taps and d = 0 would stack every tap on one cell.`,
    };
  }
  const dil = mode === 'conv' ? d : 1;
  const span = dil * (k - 1) + 1;
  const padded = i + 2 * p;
  if (mode === 'pool' && 2 * p > k) {
    return { ok: false, field: 'p', message: `A pooling window's padding may be at most half its size${where(axis)}: p ≤ k/2 = ${k / 2}. With p = ${p} the first window would hold padding only, no real entry.` };
  }
  if (span > padded) {
    const kernelText = dil === 1 ? `The kernel (k = ${k})` : `The dilated kernel spans k̂ = ${dil}·(${k} − 1) + 1 = ${span} cells, and`;
    const short = span - padded;
    const fix = `Add at least ${Math.ceil(short / 2)} padding on each side, or use a smaller kernel${dil > 1 ? ' or dilation' : ''}.`;
    return {
      ok: false,
      field: 'k',
      message:
        dil === 1
          ? `${kernelText} is larger than the padded input${where(axis)}, i + 2p = ${i} + 2·${p} = ${padded}: there is no position where it fits. ${fix}`
          : `${kernelText} the padded input${where(axis)} has only i + 2p = ${i} + 2·${p} = ${padded}: there is no position where it fits. ${fix}`,
    };
  }
  const room = padded - span;
  let o = Math.floor(room / s) + 1;
  let partialLast = false;
  if (mode === 'pool' && ceilMode && room % s !== 0) {
    o = Math.ceil(room / s) + 1;
    // PyTorch drops a last window that would start in the right padding (it would pool padding only).
    if ((o - 1) * s >= i + p) o -= 1;
    partialLast = (o - 1) * s + span > padded;
  }
  return { ok: true, o, span, padded, room, leftover: partialLast ? 0 : room - (o - 1) * s, partialLast };
}

export interface LayerParams {
  rows: AxisParams;
  cols: AxisParams;
  mode: Mode;
  ceilMode: boolean;
  /** Input channels D₁ and, for a convolution, kernels N. */
  channelsIn: number;
  kernels: number;
}

export interface LayerOk {
  ok: true;
  rows: AxisOk;
  cols: AxisOk;
  /** Output volume H₂ × W₂ × D₂. */
  depth: number;
  /** Weights and biases: K_h·K_w·D₁·N + N for a convolution, 0 for pooling. */
  params: number;
  weights: number;
}

export interface LayerError {
  ok: false;
  errors: (AxisError & { axis: 'rows' | 'cols' | 'channels' })[];
}

export const MAX_CHANNELS = 4096;

/** The whole layer: both axes, the channels, the parameter count K·K·D₁·N + N and the output volume. */
export function layerOutput(layer: LayerParams, separate: boolean): LayerOk | LayerError {
  const rows = axisOutput(layer.rows, layer.mode, layer.ceilMode, separate ? 'rows' : undefined);
  const cols = axisOutput(layer.cols, layer.mode, layer.ceilMode, separate ? 'columns' : undefined);
  const errors: LayerError['errors'] = [];
  if (!rows.ok) errors.push({ ...rows, axis: 'rows' });
  if (!cols.ok && separate) errors.push({ ...cols, axis: 'cols' });
  const channelRule = (v: number, name: string): string | null =>
    Number.isInteger(v) && v >= 1 && v <= MAX_CHANNELS ? null : `The number of ${name} must be a whole number from 1 to ${MAX_CHANNELS}; ${Number.isFinite(v) ? v : 'that'} is not.`;
  const inRule = channelRule(layer.channelsIn, 'input channels D₁');
  if (inRule) errors.push({ ok: false, field: 'i', message: inRule, axis: 'channels' });
  const nRule = layer.mode === 'conv' ? channelRule(layer.kernels, 'kernels N') : null;
  if (nRule) errors.push({ ok: false, field: 'k', message: nRule, axis: 'channels' });
  if (errors.length > 0 || !rows.ok || !cols.ok) return { ok: false, errors };
  const weights = layer.mode === 'conv' ? layer.rows.k * layer.cols.k * layer.channelsIn * layer.kernels : 0;
  return {
    ok: true,
    rows,
    cols,
    depth: layer.mode === 'conv' ? layer.kernels : layer.channelsIn,
    weights,
    params: layer.mode === 'conv' ? weights + layer.kernels : 0,
  };
}

/** Padding of the three classic modes for a kernel spanning k̂ cells (chapter equations same and full). */
export function presetPadding(preset: 'valid' | 'same' | 'full', k: number, d: number): number {
  const span = Math.max(1, d) * (Math.max(1, k) - 1) + 1;
  if (preset === 'valid') return 0;
  if (preset === 'full') return span - 1;
  // Half padding p = ⌊k̂/2⌋ keeps o = i exactly when k̂ is odd (and s = 1).
  return Math.floor(span / 2);
}

/** Counts window positions j = 0, 1, … with j·s + k̂ ≤ i + 2p one by one: the definition the formula closes. */
export function countPositions(params: AxisParams): number {
  const span = params.d * (params.k - 1) + 1;
  let n = 0;
  for (let j = 0; j * params.s + span <= params.i + 2 * params.p; j++) n++;
  return n;
}
