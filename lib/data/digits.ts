// The 8×8 handwritten digits (UCI / scikit-learn `load_digits`, see public/data/README.md) and the
// book's fixed 80/20 split. Pure parsing: callers fetch or read the two files themselves, so the
// same code runs in a page, a worker and a Node test.

/** Samples in row order: `pixels` holds 64 values (0..16, row-major 8×8) per sample. */
export interface DigitsData {
  count: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

export interface DigitsSplit {
  train: DigitsData;
  test: DigitsData;
  trainIndices: Int32Array;
  testIndices: Int32Array;
}

export const DIGIT_PIXELS = 64;
export const DIGIT_CLASSES = 10;

/** Parses digits.csv: one sample per line, 64 pixel columns then the label, no header. */
export function parseDigitsCsv(text: string): DigitsData {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const pixels = new Uint8Array(lines.length * DIGIT_PIXELS);
  const labels = new Uint8Array(lines.length);
  lines.forEach((line, row) => {
    const cells = line.split(',');
    if (cells.length !== DIGIT_PIXELS + 1) {
      throw new RangeError(`parseDigitsCsv: line ${row + 1} has ${cells.length} columns, expected ${DIGIT_PIXELS + 1}`);
    }
    cells.forEach((cell, col) => {
      const value = Number(cell);
      const max = col === DIGIT_PIXELS ? DIGIT_CLASSES - 1 : 16;
      if (!Number.isInteger(value) || value < 0 || value > max) {
        throw new RangeError(`parseDigitsCsv: line ${row + 1} column ${col + 1} is '${cell}', expected an integer 0..${max}`);
      }
      if (col === DIGIT_PIXELS) labels[row] = value;
      else pixels[row * DIGIT_PIXELS + col] = value;
    });
  });
  return { count: lines.length, pixels, labels };
}

/** The samples at `indices`, in that order. */
export function selectDigits(data: DigitsData, indices: ArrayLike<number>): DigitsData {
  const pixels = new Uint8Array(indices.length * DIGIT_PIXELS);
  const labels = new Uint8Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (!Number.isInteger(i) || i < 0 || i >= data.count) {
      throw new RangeError(`selectDigits: index ${i} is out of range for ${data.count} samples`);
    }
    pixels.set(data.pixels.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS), k * DIGIT_PIXELS);
    labels[k] = data.labels[i];
  }
  return { count: indices.length, pixels, labels };
}

/**
 * Splits by digits-split.json: `test_indices` are the test rows, every other row (in order) is
 * training data.
 */
export function splitDigits(data: DigitsData, split: { test_indices: readonly number[] }): DigitsSplit {
  if (!split || !Array.isArray(split.test_indices)) throw new TypeError('splitDigits: split must have a test_indices array');
  const isTest = new Uint8Array(data.count);
  for (const i of split.test_indices) {
    if (!Number.isInteger(i) || i < 0 || i >= data.count) {
      throw new RangeError(`splitDigits: test index ${i} is out of range for ${data.count} samples`);
    }
    if (isTest[i]) throw new RangeError(`splitDigits: test index ${i} appears twice`);
    isTest[i] = 1;
  }
  const testIndices = Int32Array.from(split.test_indices);
  const trainIndices = Int32Array.from({ length: data.count - testIndices.length });
  let k = 0;
  for (let i = 0; i < data.count; i++) if (!isTest[i]) trainIndices[k++] = i;
  return { train: selectDigits(data, trainIndices), test: selectDigits(data, testIndices), trainIndices, testIndices };
}

/** Pixels as floats divided by `scale` (16 maps 0..16 to 0..1), ready for `fromArray(x, [count, 64])`. */
export function digitsFeatures(data: DigitsData, scale = 16): Float64Array {
  const out = new Float64Array(data.pixels.length);
  for (let i = 0; i < out.length; i++) out[i] = data.pixels[i] / scale;
  return out;
}
