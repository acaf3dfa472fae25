import { describe, expect, test } from 'vitest';
import { decodeStack, encodeStack } from '@/components/widgets/layer-shapes/encoding';
import { summarize, type Layer, type Stack } from '@/components/widgets/layer-shapes/model';
import { PRESET_NAMES, PRESETS } from '@/components/widgets/layer-shapes/presets';
import { Conv2d, Flatten, Linear, MaxPool2d, Sequential, createRng, relu, zeros } from '@/lib/engine';

const shapes = (stack: Stack) => summarize(stack).rows.map((r) => r.shape);
const params = (stack: Stack) => summarize(stack).rows.map((r) => r.params);

describe('layer-shape calculator: Keras parameter counts', () => {
  // Hand derivations with (K·K·D + 1)·N and (n + 1)·units, as model.summary() prints them.
  test('Conv2D(32, 3×3) on one channel has (3·3·1 + 1)·32 = 320 parameters', () => {
    const s = summarize({ input: [28, 28, 1], layers: [{ type: 'conv', filters: 32, kernel: 3, stride: 1, padding: 0 }] });
    expect(s.rows[0].params).toBe(320);
    expect(s.rows[0].shape).toEqual([26, 26, 32]);
  });

  test('digits CNN: (6,6,10) → (3,3,10) → (90) → (50) → (10), 100 + 4550 + 510 = 5160', () => {
    expect(shapes(PRESETS.digits.stack)).toEqual([[6, 6, 10], [3, 3, 10], [90], [50], [10]]);
    expect(params(PRESETS.digits.stack)).toEqual([100, 0, 0, 4550, 510]);
    expect(summarize(PRESETS.digits.stack).totalParams).toBe(5160);
  });

  test('CIFAR-10 stack of the notes: (4,4,64) → 1024 → 64 → 10, 122,570 parameters, 4,548,608 multiply–adds', () => {
    const s = summarize(PRESETS.cifar.stack);
    expect(s.rows.map((r) => r.shape)).toEqual([[30, 30, 32], [15, 15, 32], [13, 13, 64], [6, 6, 64], [4, 4, 64], [1024], [64], [10]]);
    expect(s.rows.map((r) => r.params)).toEqual([896, 0, 18496, 0, 36928, 0, 65600, 650]);
    expect(s.totalParams).toBe(122570);
    expect(s.totalMacs).toBe(4548608);
  });

  test('padding 1 in the three CIFAR convolutions (the exercise) gives (8, 8, 64), 4096 and 319,178', () => {
    const padded: Stack = { ...PRESETS.cifar.stack, layers: PRESETS.cifar.stack.layers.map((l) => (l.type === 'conv' ? { ...l, padding: 1 } : l)) };
    const s = summarize(padded);
    expect(s.rows[4].shape).toEqual([8, 8, 64]);
    expect(s.rows[5].shape).toEqual([4096]);
    expect(s.totalParams).toBe(319178);
  });

  test('the example stack: 336 in the conv, 30,730 in the FC layer', () => {
    expect(params(PRESETS.example.stack)).toEqual([336, 0, 0, 30730]);
    expect(shapes(PRESETS.example.stack)[2]).toEqual([3072]);
  });

  test('AlexNet-like: 55 → 27 → 13 → 6, 62,378,344 parameters and 1,135,256,096 multiply–adds', () => {
    const s = summarize(PRESETS.alexnet.stack);
    expect(s.rows.map((r) => r.shape![0])).toEqual([55, 27, 27, 13, 13, 13, 13, 6, 9216, 4096, 4096, 1000]);
    expect(s.rows[0].params).toBe(34944);
    expect(s.rows[9].params).toBe(37752832);
    expect(s.totalParams).toBe(62378344);
    expect(s.totalMacs).toBe(1135256096);
  });

  test('the engine’s own layers have as many parameters and give the same shapes (digits, CIFAR)', () => {
    const rng = createRng(1);
    const digits = new Sequential(new Conv2d(1, 10, 3, { rng }), relu, new MaxPool2d(2), new Flatten(), new Linear(90, 50, { rng }), relu, new Linear(50, 10, { rng }));
    const cifar = new Sequential(
      new Conv2d(3, 32, 3, { rng }), relu, new MaxPool2d(2), new Conv2d(32, 64, 3, { rng }), relu, new MaxPool2d(2),
      new Conv2d(64, 64, 3, { rng }), relu, new Flatten(), new Linear(1024, 64, { rng }), relu, new Linear(64, 10, { rng }),
    );
    const count = (m: Sequential) => m.parameters().reduce((n, p) => n + p.size, 0);
    expect(count(digits)).toBe(summarize(PRESETS.digits.stack).totalParams);
    expect(count(cifar)).toBe(summarize(PRESETS.cifar.stack).totalParams);
    expect(digits.forward(zeros([1, 1, 8, 8])).shape).toEqual([1, 10]);
  });
});

describe('layer-shape calculator: invalid stacks are explained per layer', () => {
  const conv = (kernel: number, stride = 1, padding = 0): Layer => ({ type: 'conv', filters: 4, kernel, stride, padding });

  test('a kernel larger than the padded input names both sizes', () => {
    const s = summarize({ input: [3, 3, 1], layers: [conv(5)] });
    expect(s.rows[0].error).toBe('The 5×5 kernel is larger than the padded input: 3 + 2·0 = 3. Use a smaller kernel, more padding, or fewer poolings above.');
    expect(s.totalParams).toBeNull();
    // …and padding 1 makes it fit: (3 + 2 − 5)/1 + 1 = 1
    expect(summarize({ input: [3, 3, 1], layers: [conv(5, 1, 1)] }).rows[0].shape).toEqual([1, 1, 4]);
  });

  test('Dense on a 3D volume asks for a Flatten and says how long the vector would be', () => {
    const s = summarize({ input: [8, 8, 1], layers: [conv(3), { type: 'dense', units: 10 }, { type: 'dense', units: 5 }] });
    expect(s.rows[1].error).toMatch(/^Dense expects a vector, but its input is the volume \(6, 6, 4\)\. Add a Flatten before it \(it would give 144 numbers\)\.$/);
    // the layer below cannot be computed, but is not blamed
    expect(s.rows[2]).toMatchObject({ shape: null, error: null });
  });

  test('Dense 64 moved above the Flatten of the CIFAR stack gets the volume (4, 4, 64) (the chapter’s lead-in)', () => {
    const layers = [...PRESETS.cifar.stack.layers];
    [layers[5], layers[6]] = [layers[6], layers[5]];
    expect(summarize({ ...PRESETS.cifar.stack, layers }).rows[5].error).toMatch(/^Dense expects a vector, but its input is the volume \(4, 4, 64\)/);
  });

  test('stride 0, a conv after Flatten, a pool bigger than its input, zero units', () => {
    expect(summarize({ input: [8, 8, 1], layers: [conv(3, 0)] }).rows[0].error).toMatch(/^Stride 0 would never move the kernel/);
    expect(summarize({ input: [8, 8, 1], layers: [{ type: 'flatten' }, conv(3)] }).rows[1].error).toMatch(/^Conv2D needs a volume .* the vector \(64\)/);
    expect(summarize({ input: [8, 8, 1], layers: [{ type: 'pool', kernel: 9, stride: 9 }] }).rows[0].error).toBe('The 9×9 pool window is larger than the 8×8 input.');
    expect(summarize({ input: [8, 8, 1], layers: [{ type: 'flatten' }, { type: 'dense', units: 0 }] }).rows[1].error).toBe('The number of units 0: it must be at least 1.');
    expect(summarize({ input: [0, 8, 1], layers: [] }).inputError).toBe('The input height 0: it must be at least 1.');
    expect(summarize({ input: [8, 8, 1], layers: [conv(2.5)] }).rows[0].error).toBe('The kernel size 2.5 is not a whole number.');
  });

  test('stride that does not divide evenly is floored like Keras: ⌊(7 − 3)/3⌋ + 1 = 2', () => {
    expect(summarize({ input: [7, 7, 1], layers: [conv(3, 3)] }).rows[0].shape).toEqual([2, 2, 4]);
  });
});

describe('layer-shape calculator: compact URL encoding', () => {
  test('the digits CNN is 8,8,1,1,10,3,1,0,2,2,2,3,4,50,4,10 and every preset round-trips', () => {
    expect(encodeStack(PRESETS.digits.stack)).toEqual([8, 8, 1, 1, 10, 3, 1, 0, 2, 2, 2, 3, 4, 50, 4, 10]);
    for (const name of PRESET_NAMES) expect(decodeStack(encodeStack(PRESETS[name].stack))).toEqual({ ok: true, stack: PRESETS[name].stack });
  });

  test('a malformed list says where it goes wrong', () => {
    expect(decodeStack([8, 8])).toEqual({ ok: false, reason: 'it has 2 numbers; the input alone needs 3 (height, width, channels)' });
    expect(decodeStack([8, 8, 1, 7])).toEqual({ ok: false, reason: 'entry 4 is 7, which is no layer type (1 conv, 2 pool, 3 flatten, 4 dense)' });
    expect(decodeStack([8, 8, 1, 1, 10, 3])).toEqual({ ok: false, reason: 'the Conv2D layer at entry 4 is missing some of its 4 settings' });
  });
});
