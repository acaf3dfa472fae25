// The digits training and test sets as float features in 0..1 (pixel / 16) with their labels, on
// the book's fixed split (1437 training and 360 test images). Pure: the caller supplies the two
// files' text, so the same code runs in the page, in a worker and in the Node tests.
import { parseDigitsCsv, splitDigits } from '@/lib/data/digits';

export interface DigitsArrays {
  trainX: Float32Array;
  trainY: Uint8Array;
  testX: Float32Array;
  testY: Uint8Array;
}

export function digitsArraysFromText(csv: string, splitJson: string): DigitsArrays {
  const split = splitDigits(parseDigitsCsv(csv), JSON.parse(splitJson) as { test_indices: number[] });
  const scale = (p: Uint8Array) => Float32Array.from(p, (v) => v / 16);
  return { trainX: scale(split.train.pixels), trainY: split.train.labels, testX: scale(split.test.pixels), testY: split.test.labels };
}

let cached: Promise<DigitsArrays> | null = null;

/** Fetches the data files served with the site (once per page) and splits them. */
export function loadDigits(): Promise<DigitsArrays> {
  if (!cached) {
    const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
    const text = async (file: string) => {
      const response = await fetch(`${base}/data/${file}`);
      if (!response.ok) throw new Error(`The digits data (${file}) could not be loaded: HTTP ${response.status}.`);
      return response.text();
    };
    cached = Promise.all([text('digits.csv'), text('digits-split.json')]).then(([csv, split]) => digitsArraysFromText(csv, split));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
