// How each batch size is drawn: a colour, a dash pattern and a marker shape, so the three curves
// differ without colour too.
import type { BatchChoice } from './model';

export interface SeriesStyle {
  choice: BatchChoice;
  name: string;
  className: 'b1' | 'b32' | 'full';
  dash: string | undefined;
  marker: 'circle' | 'square' | 'triangle';
}

export const SERIES: readonly SeriesStyle[] = [
  { choice: 1, name: 'batch 1', className: 'b1', dash: '2 4', marker: 'circle' },
  { choice: 32, name: 'batch 32', className: 'b32', dash: undefined, marker: 'square' },
  { choice: 0, name: 'full batch (1437)', className: 'full', dash: '10 6', marker: 'triangle' },
];
