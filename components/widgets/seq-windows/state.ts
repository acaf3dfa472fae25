// The windowing widget's URL table: ?sw.seq=4&sw.batch=3 opens it on sequence length 4, batch size 3.
import type { Schema } from '@/lib/url-state/schema';

export const URL_PREFIX = 'sw';

export const SERIES_KINDS = ['count', 'sine'] as const;

export const schema = {
  /** 0, 1, 2, … or sin(ω k). */
  series: { kind: 'enum', default: 'count', options: SERIES_KINDS },
  /** N: the chapter's tables use 0 … 10, eleven values. */
  length: { kind: 'int', default: 11, min: 2, max: 40 },
  seq: { kind: 'int', default: 3, min: 1, max: 20 },
  batch: { kind: 'int', default: 8, min: 1, max: 40 },
  /** Radians per sample of the sine; 0.1 is the LSTM experiment's spacing. */
  omega: { kind: 'number', default: 0.1, min: 0.01, max: 3.2 },
  /** The highlighted window, counted from 0. */
  pick: { kind: 'int', default: 0, min: 0, max: 39 },
} as const satisfies Schema;
