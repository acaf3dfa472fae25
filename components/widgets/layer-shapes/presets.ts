// The stacks of the CNN chapter, as one-click presets.
import type { Stack } from './model';

export const PRESET_NAMES = ['digits', 'cifar', 'example', 'alexnet'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const conv = (filters: number, kernel: number, stride = 1, padding = 0) => ({ type: 'conv' as const, filters, kernel, stride, padding });
const pool = (kernel: number, stride = kernel) => ({ type: 'pool' as const, kernel, stride });
const flatten = { type: 'flatten' as const };
const dense = (units: number) => ({ type: 'dense' as const, units });

export const PRESETS: Record<PresetName, { label: string; stack: Stack }> = {
  digits: {
    label: 'Digits CNN (8×8 digits)',
    stack: { input: [8, 8, 1], layers: [conv(10, 3), pool(2), flatten, dense(50), dense(10)] },
  },
  cifar: {
    label: 'CIFAR-10 network of the notes',
    stack: {
      input: [32, 32, 3],
      layers: [conv(32, 3), pool(2), conv(64, 3), pool(2), conv(64, 3), flatten, dense(64), dense(10)],
    },
  },
  example: {
    label: 'The example stack (conv 12, pool, FC)',
    stack: { input: [32, 32, 3], layers: [conv(12, 3, 1, 1), pool(2), flatten, dense(10)] },
  },
  alexnet: {
    label: 'AlexNet-like (227×227×3)',
    stack: {
      input: [227, 227, 3],
      layers: [
        conv(96, 11, 4), pool(3, 2),
        conv(256, 5, 1, 2), pool(3, 2),
        conv(384, 3, 1, 1), conv(384, 3, 1, 1), conv(256, 3, 1, 1), pool(3, 2),
        flatten, dense(4096), dense(4096), dense(1000),
      ],
    },
  },
};
