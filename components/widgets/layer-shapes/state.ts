// URL table of the layer-shape calculator: ?ls.preset=cifar opens the CIFAR-10 stack;
// ?ls.stack=8,8,1,1,10,3,1,0,3,4,10 an edited one (see encoding.ts for the list's layout).
import type { Schema } from '@/lib/url-state/schema';
import { PRESET_NAMES } from './presets';

export const URL_PREFIX = 'ls';

export const schema = {
  preset: { kind: 'enum', default: 'digits', options: PRESET_NAMES },
  /** The edited stack; empty = the preset's own. */
  stack: { kind: 'numbers', default: [], maxLength: 3 + 5 * 24, min: 0, max: 100_000 },
  /** Show multiply–adds beside the parameters. */
  macs: { kind: 'boolean', default: false },
} as const satisfies Schema;
