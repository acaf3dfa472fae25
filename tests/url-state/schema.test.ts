import { describe, expect, test } from 'vitest';
import { decode, defaults, encode, mergeIntoSearch, type Schema, type StateOf } from '@/lib/url-state/schema';

const schema = {
  rate: { kind: 'number', default: 0.5, min: 0, max: 10 },
  layers: { kind: 'int', default: 2, min: 1, max: 8 },
  act: { kind: 'enum', default: 'tanh', options: ['sigmoid', 'tanh', 'relu'] },
  bias: { kind: 'boolean', default: true },
  kernel: { kind: 'numbers', default: [1, -2, 1], minLength: 1, maxLength: 9, min: -100, max: 100 },
} as const satisfies Schema;

type State = StateOf<typeof schema>;
const params = (entries: Record<string, string>) => new URLSearchParams(entries);
const roundTrip = (state: State) => decode('w', schema, params(encode('w', schema, state)));

describe('decode(encode(state))', () => {
  test('returns the defaults unchanged, with an empty query string', () => {
    expect(encode('w', schema, defaults(schema))).toEqual({});
    expect(roundTrip(defaults(schema))).toEqual({ state: defaults(schema), notices: [] });
  });

  test.each<[string, Partial<State>]>([
    ['awkward floats', { rate: 0.1 + 0.2 }],
    ['tiny and extreme values', { rate: 1e-12, kernel: [5e-324, -0, 1 / 3] }],
    ['bounds', { rate: 10, layers: 1 }],
    ['every kind at once', { rate: 7.25, layers: 8, act: 'relu', bias: false, kernel: [0.25, -1, 3, 4] }],
  ])('equals the state for %s', (_name, patch) => {
    const state = { ...defaults(schema), ...patch };
    const decoded = roundTrip(state);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
    // toEqual treats -0 and 0 alike; the URL must not.
    decoded.state.kernel.forEach((v, i) => expect(Object.is(v, state.kernel[i])).toBe(true));
  });

  test('survives a random sweep of 500 states (seeded)', () => {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const state: State = {
        rate: next() * 10,
        layers: 1 + Math.floor(next() * 8),
        act: schema.act.options[Math.floor(next() * 3)],
        bias: next() < 0.5,
        kernel: Array.from({ length: 1 + Math.floor(next() * 9) }, () => (next() - 0.5) * 200),
      };
      expect(roundTrip(state).state).toEqual(state);
    }
  });
});

describe('decode() falls back to the default with a notice', () => {
  test.each([
    ['w.rate', 'abc', 'is not a number'],
    ['w.rate', 'NaN', 'is not a number'],
    ['w.rate', 'Infinity', 'is not a number'],
    ['w.rate', '', 'is not a number'],
    ['w.rate', '0x10', 'is not a number'],
    ['w.rate', '1e6', 'is above the maximum 10'],
    ['w.rate', '-1', 'is below the minimum 0'],
    ['w.layers', '2.5', 'is not a whole number'],
    ['w.act', 'softplus', 'is not one of sigmoid, tanh, relu'],
    ['w.bias', 'yes', 'is not on/off'],
    ['w.kernel', '1,,2', 'has an entry 2 that is not a number'],
    ['w.kernel', '1,2,3,4,5,6,7,8,9,10', 'at most 9 are allowed'],
    ['w.kernel', '1,500', 'has an entry 2 that is above the maximum 100'],
  ])('%s=%s → "%s"', (k, raw, reason) => {
    const { state, notices } = decode('w', schema, params({ [k]: raw }));
    expect(state).toEqual(defaults(schema));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(reason);
    expect(notices[0]).toContain('the default');
  });

  test('keeps the valid values of a partly bad link', () => {
    const { state, notices } = decode('w', schema, params({ 'w.rate': '2', 'w.act': 'nonsense', 'w.layers': '5' }));
    expect(state).toEqual({ ...defaults(schema), rate: 2, layers: 5 });
    expect(notices).toHaveLength(1);
  });

  test('never lets NaN through for any garbage', () => {
    for (const raw of ['NaN', '-', '.', 'e5', '1e', '1..2', ' ', '%', '1,2', 'null', 'undefined']) {
      const { state } = decode('w', schema, params({ 'w.rate': raw, 'w.layers': raw }));
      expect(Number.isFinite(state.rate)).toBe(true);
      expect(Number.isInteger(state.layers)).toBe(true);
    }
  });
});

describe('prefixes keep widgets apart', () => {
  test("decode ignores another widget's keys", () => {
    expect(decode('w', schema, params({ 'other.rate': '3', rate: '4' })).state).toEqual(defaults(schema));
  });

  test('mergeIntoSearch replaces only its own keys', () => {
    const search = '?other.rate=3&w.rate=9&w.act=relu';
    const merged = mergeIntoSearch(search, 'w', schema, { ...defaults(schema), layers: 4 });
    expect(new URLSearchParams(merged).get('other.rate')).toBe('3');
    expect(new URLSearchParams(merged).get('w.layers')).toBe('4');
    expect(new URLSearchParams(merged).has('w.rate')).toBe(false);
    expect(new URLSearchParams(merged).has('w.act')).toBe(false);
  });

  test('mergeIntoSearch gives an empty string when nothing differs from the defaults', () => {
    expect(mergeIntoSearch('?w.rate=2', 'w', schema, defaults(schema))).toBe('');
  });
});
