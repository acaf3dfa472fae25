// Cutting a series into (input window → next value) training pairs and grouping them into batches,
// as in the recurrent-networks chapter's windowing tables: a series of N values and sequence
// length s give N − s windows; batch size B gives ⌈(N − s)/B⌉ batches, the last possibly smaller.

export type SeriesKind = 'count' | 'sine';

export interface WindowPair {
  /** Index of the window's first value in the series. */
  start: number;
  input: number[];
  output: number;
}

export interface WindowSettings {
  kind: SeriesKind;
  /** Number of values in the series, N. */
  length: number;
  /** Values per input window, s. */
  seqLen: number;
  /** Windows per batch, B. */
  batchSize: number;
  /** Radians per sample of the sine series y_k = sin(ω k). */
  omega: number;
}

/** The series 0, 1, …, N − 1, or sin(ω k) for k = 0 … N − 1. */
export function makeSeries(kind: SeriesKind, length: number, omega: number): number[] {
  return Array.from({ length }, (_, k) => (kind === 'count' ? k : Math.sin(omega * k)));
}

/** Every window of `seqLen` consecutive values with the value after it as target. */
export function windows(series: readonly number[], seqLen: number): WindowPair[] {
  const pairs: WindowPair[] = [];
  for (let start = 0; start + seqLen < series.length; start++) {
    pairs.push({ start, input: series.slice(start, start + seqLen), output: series[start + seqLen] });
  }
  return pairs;
}

/** Consecutive groups of `batchSize` windows, in time order. */
export function batches<T>(pairs: readonly T[], batchSize: number): T[][] {
  const out: T[][] = [];
  for (let b = 0; b < pairs.length; b += batchSize) out.push(pairs.slice(b, b + batchSize));
  return out;
}

/** Why these settings give no windows, in words, or null when they are fine. */
export function settingsProblem({ length, seqLen, batchSize }: WindowSettings): string | null {
  if (!Number.isInteger(seqLen) || seqLen < 1) return `The sequence length must be a whole number of at least 1; it is ${seqLen}.`;
  if (!Number.isInteger(batchSize) || batchSize < 1) return `The batch size must be a whole number of at least 1; it is ${batchSize}.`;
  if (seqLen >= length)
    return `A window of ${seqLen} values needs a target after it, so the series needs at least ${seqLen + 1} values; it has ${length}. Shorten the sequence or lengthen the series.`;
  return null;
}

export interface WindowTable {
  series: number[];
  pairs: WindowPair[];
  batches: WindowPair[][];
  /** Keras's layout of one full batch: (batch size, sequence length, features). */
  batchShape: [number, number, number];
}

export function windowTable(settings: WindowSettings): WindowTable {
  const series = makeSeries(settings.kind, settings.length, settings.omega);
  const pairs = windows(series, settings.seqLen);
  return {
    series,
    pairs,
    batches: batches(pairs, settings.batchSize),
    batchShape: [Math.min(settings.batchSize, pairs.length), settings.seqLen, 1],
  };
}

/** Counting numbers as they are, sine values to three decimals. */
export function formatValue(kind: SeriesKind, v: number): string {
  if (kind === 'count') return String(v);
  const r = Number(v.toFixed(3));
  return Object.is(r, -0) ? '0' : r.toFixed(3);
}
