// Sequence windows against the windowing tables of the recurrent-networks lecture notes
// (sequence length 3 over the series 0 … 10; batch size 8, then 4) and the chapter's exercise.
import { describe, expect, test } from 'vitest';
import { batches, formatValue, makeSeries, settingsProblem, windows, windowTable } from '@/components/widgets/seq-windows/model';

// The notes' table "Sequence Length = 3, Batches = 1, Batch Size = 8", read row by row.
const NOTES_TABLE: [number[], number][] = [
  [[0, 1, 2], 3],
  [[1, 2, 3], 4],
  [[2, 3, 4], 5],
  [[3, 4, 5], 6],
  [[4, 5, 6], 7],
  [[5, 6, 7], 8],
  [[6, 7, 8], 9],
  [[7, 8, 9], 10],
];

const base = { kind: 'count' as const, length: 11, seqLen: 3, batchSize: 8, omega: 0.1 };

describe('windows(series, seqLen)', () => {
  test('series 0…10, s = 3: the notes’ eight (input → output) rows', () => {
    const pairs = windows(makeSeries('count', 11, 0), 3);
    expect(pairs.map((p) => [p.input, p.output])).toEqual(NOTES_TABLE);
  });

  test('N − s windows for any N and s', () => {
    for (const [n, s] of [[11, 3], [12, 4], [1000, 20], [5, 4]]) expect(windows(makeSeries('count', n, 0), s)).toHaveLength(n - s);
  });

  test('no windows when the series is no longer than the window', () => {
    expect(windows([0, 1, 2], 3)).toEqual([]);
  });
});

describe('batches(pairs, B)', () => {
  test('batch size 8: one batch with all eight rows', () => {
    const t = windowTable(base);
    expect(t.batches).toHaveLength(1);
    expect(t.batches[0].map((p) => p.input)).toEqual(NOTES_TABLE.map((r) => r[0]));
    expect(t.batchShape).toEqual([8, 3, 1]);
  });

  test('batch size 4: the notes’ two batches, 0 1 2 … 3 4 5 and 4 5 6 … 7 8 9', () => {
    const t = windowTable({ ...base, batchSize: 4 });
    expect(t.batches.map((b) => b.map((p) => p.input))).toEqual([
      [[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5]],
      [[4, 5, 6], [5, 6, 7], [6, 7, 8], [7, 8, 9]],
    ]);
    expect(t.batches[1].map((p) => p.output)).toEqual([7, 8, 9, 10]);
    expect(t.batchShape).toEqual([4, 3, 1]);
  });

  test('the chapter’s exercise: 12 values, s = 4, B = 3 → batches of 3, 3 and 2, last window (7, 8, 9, 10) → 11', () => {
    const t = windowTable({ ...base, length: 12, seqLen: 4, batchSize: 3 });
    expect(t.batches.map((b) => b.length)).toEqual([3, 3, 2]);
    expect(t.pairs.at(-1)).toEqual({ start: 7, input: [7, 8, 9, 10], output: 11 });
  });

  test('the LSTM sine experiment: 980 windows in batches of 32 → 31 batches, the last holding 20', () => {
    const b = batches(windows(makeSeries('sine', 1000, 0.1), 20), 32);
    expect(b).toHaveLength(31);
    expect(b.at(-1)).toHaveLength(20);
  });
});

describe('the sine series', () => {
  test('y_k = sin(0.1 k): y_1 = 0.0998, y_2 = 0.1987, and the target of the first s = 3 window is sin(0.3)', () => {
    const s = makeSeries('sine', 11, 0.1);
    expect(s[1]).toBeCloseTo(0.0998334, 6);
    expect(s[2]).toBeCloseTo(0.1986693, 6);
    expect(windows(s, 3)[0].output).toBeCloseTo(0.2955202, 6);
    expect(formatValue('sine', s[3])).toBe('0.296');
    expect(formatValue('sine', Math.sin(Math.PI))).toBe('0.000');
  });
});

describe('settingsProblem', () => {
  test('a window as long as the series is explained, not computed', () => {
    expect(settingsProblem({ ...base, seqLen: 11 })).toMatch(/at least 12 values; it has 11/);
  });
  test('batch size 0 and fractional sequence lengths are refused in words', () => {
    expect(settingsProblem({ ...base, batchSize: 0 })).toMatch(/batch size must be a whole number of at least 1/);
    expect(settingsProblem({ ...base, seqLen: 2.5 })).toMatch(/sequence length must be a whole number/);
  });
  test('the notes’ settings are fine', () => {
    expect(settingsProblem(base)).toBeNull();
  });
});
