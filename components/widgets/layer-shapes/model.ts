// The layer-shape calculator: a stack of Conv2D, MaxPooling2D, Flatten and Dense layers on an
// input volume, with each output shape, parameter count and multiply–add count, as Keras'
// `model.summary()` prints them. Sizes use the engine's output-size rule (equation "output-size"
// of the CNN chapter); every rule a layer can break is explained in words instead.
import { convOutputSize, poolOutputSize } from '@/lib/engine';

export type Layer =
  | { type: 'conv'; filters: number; kernel: number; stride: number; padding: number }
  | { type: 'pool'; kernel: number; stride: number }
  | { type: 'flatten' }
  | { type: 'dense'; units: number };

export type LayerType = Layer['type'];

export interface Stack {
  /** Height, width, channels of the input volume. */
  input: [number, number, number];
  layers: Layer[];
}

/** A volume (height, width, channels) or a flat vector (n). */
export type Shape = readonly [number, number, number] | readonly [number];

export interface Row {
  layer: Layer;
  /** The output shape, or null when this layer (or one above it) is invalid. */
  shape: Shape | null;
  params: number;
  /** Multiply–adds per image: one per weight use (biases not counted). */
  macs: number;
  /** Why this layer cannot be built; null when it is fine. */
  error: string | null;
}

export interface Summary {
  inputError: string | null;
  rows: Row[];
  /** Totals over all layers; null when any layer is invalid. */
  totalParams: number | null;
  totalMacs: number | null;
}

export const LIMITS = { size: 4096, channels: 4096, filters: 4096, units: 100_000, kernel: 64, stride: 64, padding: 64, layers: 24 };

export const LAYER_NAMES: Record<LayerType, string> = {
  conv: 'Conv2D',
  pool: 'MaxPooling2D',
  flatten: 'Flatten',
  dense: 'Dense',
};

export function formatShape(shape: Shape): string {
  return `(${shape.join(', ')})`;
}

/** Checks one whole-number setting; returns the reason it is unusable, or null. */
function checkInt(value: number, name: string, min: number, max: number): string | null {
  if (!Number.isFinite(value)) return `${name} is not a number.`;
  if (!Number.isInteger(value)) return `${name} ${value} is not a whole number.`;
  if (value < min) return min === 1 ? `${name} ${value}: it must be at least 1.` : `${name} ${value} is below ${min}.`;
  if (value > max) return `${name} ${value} is above this calculator's limit of ${max}.`;
  return null;
}

function firstError(...errors: (string | null)[]): string | null {
  return errors.find((e) => e !== null) ?? null;
}

function convRow(layer: Extract<Layer, { type: 'conv' }>, input: Shape): Row {
  const fail = (error: string): Row => ({ layer, shape: null, params: 0, macs: 0, error });
  if (input.length !== 3) {
    return fail(`Conv2D needs a volume (height, width, channels), but its input is the vector ${formatShape(input)}. Move it above the Flatten.`);
  }
  const bad = firstError(
    checkInt(layer.filters, 'The number of filters', 1, LIMITS.filters),
    checkInt(layer.kernel, 'The kernel size', 1, LIMITS.kernel),
    layer.stride === 0 ? 'Stride 0 would never move the kernel: the stride must be at least 1.' : checkInt(layer.stride, 'The stride', 1, LIMITS.stride),
    checkInt(layer.padding, 'The padding', 0, LIMITS.padding),
  );
  if (bad) return fail(bad);
  const [h, w, c] = input;
  const { kernel: k, stride: s, padding: p } = layer;
  const short = Math.min(h, w) + 2 * p;
  if (k > short) {
    return fail(`The ${k}×${k} kernel is larger than the padded input: ${Math.min(h, w)} + 2·${p} = ${short}. Use a smaller kernel, more padding, or fewer poolings above.`);
  }
  const oh = convOutputSize({ input: h, kernel: k, padding: p, stride: s });
  const ow = convOutputSize({ input: w, kernel: k, padding: p, stride: s });
  // (K·K·D₁ + 1)·N, equation "conv-params": one K×K×D₁ filter and one bias per output channel.
  const params = (k * k * c + 1) * layer.filters;
  return { layer, shape: [oh, ow, layer.filters], params, macs: oh * ow * layer.filters * k * k * c, error: null };
}

function poolRow(layer: Extract<Layer, { type: 'pool' }>, input: Shape): Row {
  const fail = (error: string): Row => ({ layer, shape: null, params: 0, macs: 0, error });
  if (input.length !== 3) {
    return fail(`MaxPooling2D pools over height and width, but its input is the vector ${formatShape(input)}. Move it above the Flatten.`);
  }
  const bad = firstError(
    checkInt(layer.kernel, 'The pool size', 1, LIMITS.kernel),
    layer.stride === 0 ? 'Stride 0 would never move the window: the stride must be at least 1.' : checkInt(layer.stride, 'The stride', 1, LIMITS.stride),
  );
  if (bad) return fail(bad);
  const [h, w, c] = input;
  if (layer.kernel > Math.min(h, w)) {
    return fail(`The ${layer.kernel}×${layer.kernel} pool window is larger than the ${h}×${w} input.`);
  }
  const oh = poolOutputSize({ input: h, kernel: layer.kernel, stride: layer.stride });
  const ow = poolOutputSize({ input: w, kernel: layer.kernel, stride: layer.stride });
  return { layer, shape: [oh, ow, c], params: 0, macs: 0, error: null };
}

function denseRow(layer: Extract<Layer, { type: 'dense' }>, input: Shape): Row {
  const fail = (error: string): Row => ({ layer, shape: null, params: 0, macs: 0, error });
  if (input.length === 3) {
    return fail(`Dense expects a vector, but its input is the volume ${formatShape(input)}. Add a Flatten before it (it would give ${input[0] * input[1] * input[2]} numbers).`);
  }
  const bad = checkInt(layer.units, 'The number of units', 1, LIMITS.units);
  if (bad) return fail(bad);
  const n = input[0];
  // (n + 1)·units, equation "dense-params": a weight per input and a bias, for every unit.
  return { layer, shape: [layer.units], params: (n + 1) * layer.units, macs: n * layer.units, error: null };
}

function layerRow(layer: Layer, input: Shape): Row {
  switch (layer.type) {
    case 'conv':
      return convRow(layer, input);
    case 'pool':
      return poolRow(layer, input);
    case 'flatten':
      return { layer, shape: input.length === 3 ? [input[0] * input[1] * input[2]] : input, params: 0, macs: 0, error: null };
    case 'dense':
      return denseRow(layer, input);
  }
}

/** Every layer's output shape and parameter count; an invalid layer stops the shapes below it. */
export function summarize(stack: Stack): Summary {
  const [h, w, c] = stack.input;
  const inputError = firstError(
    checkInt(h, 'The input height', 1, LIMITS.size),
    checkInt(w, 'The input width', 1, LIMITS.size),
    checkInt(c, 'The number of input channels', 1, LIMITS.channels),
  );
  let shape: Shape | null = inputError ? null : [h, w, c];
  const rows: Row[] = [];
  for (const layer of stack.layers) {
    if (shape === null) {
      rows.push({ layer, shape: null, params: 0, macs: 0, error: null });
      continue;
    }
    const row = layerRow(layer, shape);
    rows.push(row);
    shape = row.shape;
  }
  const ok = !inputError && rows.every((r) => r.error === null);
  return {
    inputError,
    rows,
    totalParams: ok ? rows.reduce((s, r) => s + r.params, 0) : null,
    totalMacs: ok ? rows.reduce((s, r) => s + r.macs, 0) : null,
  };
}
