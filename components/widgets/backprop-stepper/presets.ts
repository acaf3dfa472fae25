// The networks the step-through offers, and how their numbers are packed into one list for the URL.
import type { ActivationName, NetworkSpec } from './network';

export const PRESET_NAMES = ['2-2-2', '2-3-1', '3-3-2'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type Numbers = Omit<NetworkSpec, 'activation'>;

export const PRESETS: Record<PresetName, Numbers & { description: string }> = {
  // The chapter's worked example.
  '2-2-2': {
    description: 'the chapter’s worked example',
    sizes: [2, 2, 2],
    weights: [
      [
        [0.15, 0.2],
        [0.25, 0.3],
      ],
      [
        [0.4, 0.45],
        [0.5, 0.55],
      ],
    ],
    biases: [
      [0.35, 0.35],
      [0.6, 0.6],
    ],
    input: [0.05, 0.1],
    target: [0.01, 0.99],
  },
  '2-3-1': {
    description: 'three hidden units, one output',
    sizes: [2, 3, 1],
    weights: [
      [
        [0.6, -0.2],
        [0.3, 0.9],
        [-0.5, 0.4],
      ],
      [[0.8, -0.7, 0.5]],
    ],
    biases: [[0.1, 0.05, -0.1], [0.2]],
    input: [0.9, 0.4],
    target: [1],
  },
  '3-3-2': {
    description: 'three inputs, three hidden units, two outputs',
    sizes: [3, 3, 2],
    weights: [
      [
        [0.2, -0.4, 0.1],
        [0.7, 0.3, -0.5],
        [-0.3, 0.8, 0.6],
      ],
      [
        [0.5, -0.6, 0.2],
        [-0.1, 0.4, 0.9],
      ],
    ],
    biases: [
      [0.1, -0.2, 0.05],
      [0.3, -0.1],
    ],
    input: [1, -0.5, 0.25],
    target: [0.2, 0.6],
  },
};

/** How many numbers a network of these sizes has: weights, biases, inputs, targets. */
export function parameterCount(sizes: readonly number[]): number {
  let n = sizes[0] + sizes[sizes.length - 1];
  for (let l = 1; l < sizes.length; l++) n += sizes[l] * sizes[l - 1] + sizes[l];
  return n;
}

/** Weights (layer, row, column), then biases, then inputs, then targets, as one flat list. */
export function pack(net: Numbers): number[] {
  return [...net.weights.flat(2), ...net.biases.flat(), ...net.input, ...net.target];
}

export function unpack(sizes: readonly number[], values: readonly number[]): Numbers {
  let i = 0;
  const take = (n: number) => values.slice(i, (i += n));
  const weights = sizes.slice(1).map((rows, l) => Array.from({ length: rows }, () => take(sizes[l])));
  const biases = sizes.slice(1).map((n) => take(n));
  const input = take(sizes[0]);
  const target = take(sizes[sizes.length - 1]);
  return { sizes: [...sizes], weights, biases, input, target };
}

/** The network a preset and an optional list of edited numbers describe. */
export function networkFrom(preset: PresetName, activation: ActivationName, edited: readonly number[]): NetworkSpec {
  const base = PRESETS[preset];
  const numbers = edited.length === parameterCount(base.sizes) ? unpack(base.sizes, edited) : base;
  return { ...numbers, sizes: [...base.sizes], activation };
}
