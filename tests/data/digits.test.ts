import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digitsFeatures, parseDigitsCsv, selectDigits, splitDigits } from '@/lib/data/digits';

const csv = readFileSync(new URL('../../public/data/digits.csv', import.meta.url), 'utf8');
const split = JSON.parse(readFileSync(new URL('../../public/data/digits-split.json', import.meta.url), 'utf8'));

describe('parseDigitsCsv(public/data/digits.csv)', () => {
  const data = parseDigitsCsv(csv);
  it('reads 1797 samples of 64 pixels with the README class counts', () => {
    expect(data.count).toBe(1797);
    expect(data.pixels.length).toBe(1797 * 64);
    const counts = new Array(10).fill(0);
    for (const l of data.labels) counts[l]++;
    expect(counts).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
  });
  it('first row is the README-order first sample (label 0, pixels 0,0,5,13,9,1,0,0)', () => {
    expect(Array.from(data.pixels.subarray(0, 8))).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
    expect(data.labels[0]).toBe(0);
  });
  it('splitDigits gives 1437 train and 360 test rows, disjoint, test in file order of test_indices', () => {
    const s = splitDigits(data, split);
    expect(s.train.count).toBe(1437);
    expect(s.test.count).toBe(360);
    const all = new Set([...s.trainIndices, ...s.testIndices]);
    expect(all.size).toBe(1797);
    expect(s.test.labels[0]).toBe(data.labels[split.test_indices[0]]);
  });
  it('digitsFeatures scales 16 to 1', () => {
    const one = selectDigits(data, [0]);
    expect(digitsFeatures(one)[3]).toBe(13 / 16);
  });
  it('rejects a short line and an out-of-range pixel, naming the line', () => {
    expect(() => parseDigitsCsv('1,2,3\n')).toThrow('parseDigitsCsv: line 1 has 3 columns, expected 65');
    const bad = Array(64).fill(0).concat([3]);
    bad[5] = 17;
    expect(() => parseDigitsCsv(bad.join(','))).toThrow("parseDigitsCsv: line 1 column 6 is '17', expected an integer 0..16");
    expect(() => splitDigits(data, { test_indices: [5000] })).toThrow(RangeError);
  });
});
