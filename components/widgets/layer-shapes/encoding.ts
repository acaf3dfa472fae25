// The stack in the URL as one compact list of numbers: height, width, channels, then each layer as
// a type code and its settings. Conv = 1,filters,kernel,stride,padding; pool = 2,size,stride;
// flatten = 3; dense = 4,units. So the chapter's digits CNN is 8,8,1,1,10,3,1,0,2,2,2,3,4,50,4,10.
import type { Layer, Stack } from './model';

const CODES = { conv: 1, pool: 2, flatten: 3, dense: 4 } as const;

export function encodeStack(stack: Stack): number[] {
  const out: number[] = [...stack.input];
  for (const l of stack.layers) {
    if (l.type === 'conv') out.push(CODES.conv, l.filters, l.kernel, l.stride, l.padding);
    else if (l.type === 'pool') out.push(CODES.pool, l.kernel, l.stride);
    else if (l.type === 'flatten') out.push(CODES.flatten);
    else out.push(CODES.dense, l.units);
  }
  return out;
}

export type Decoded = { ok: true; stack: Stack } | { ok: false; reason: string };

/** Reads a list written by encodeStack; says where a malformed list goes wrong. */
export function decodeStack(list: readonly number[]): Decoded {
  if (list.length < 3) return { ok: false, reason: `it has ${list.length} numbers; the input alone needs 3 (height, width, channels)` };
  const layers: Layer[] = [];
  let i = 3;
  const take = (n: number): number[] | null => (i + n <= list.length ? list.slice(i, (i += n)) : null);
  while (i < list.length) {
    const at = i + 1;
    const code = list[i++];
    if (code === CODES.conv) {
      const v = take(4);
      if (!v) return { ok: false, reason: `the Conv2D layer at entry ${at} is missing some of its 4 settings` };
      layers.push({ type: 'conv', filters: v[0], kernel: v[1], stride: v[2], padding: v[3] });
    } else if (code === CODES.pool) {
      const v = take(2);
      if (!v) return { ok: false, reason: `the pooling layer at entry ${at} is missing its size or stride` };
      layers.push({ type: 'pool', kernel: v[0], stride: v[1] });
    } else if (code === CODES.flatten) {
      layers.push({ type: 'flatten' });
    } else if (code === CODES.dense) {
      const v = take(1);
      if (!v) return { ok: false, reason: `the Dense layer at entry ${at} has no number of units` };
      layers.push({ type: 'dense', units: v[0] });
    } else {
      return { ok: false, reason: `entry ${at} is ${code}, which is no layer type (1 conv, 2 pool, 3 flatten, 4 dense)` };
    }
  }
  return { ok: true, stack: { input: [list[0], list[1], list[2]], layers } };
}
