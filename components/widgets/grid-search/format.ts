// Words and numbers for the grid's cells, shared by the heatmap, the detail panel and the summary.
import { DIVERGED_LOSS, powerOfTen, type CellResult } from './model';

export const percent = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;

export const lossText = (loss: number) => (Number.isNaN(loss) ? 'NaN' : !Number.isFinite(loss) ? '∞' : loss >= 1000 ? loss.toExponential(1) : loss.toFixed(3));

export function cellName(eta: number, lambda: number): string {
  return `η = ${powerOfTen(eta)}, λ = ${powerOfTen(lambda)}`;
}

export function divergenceText(result: CellResult): string {
  const last = result.losses[result.losses.length - 1];
  return `diverged in epoch ${result.divergedAt}: the training loss ${Number.isNaN(last) ? 'became NaN' : `reached ${lossText(last)}, above ${DIVERGED_LOSS}`}`;
}

/** The screen-reader label of a cell. */
export function cellLabel(eta: number, lambda: number, result: CellResult | null, tab: 'train' | 'test'): string {
  const name = cellName(eta, lambda);
  if (!result) return `${name}: not trained yet`;
  if (result.divergedAt !== null) return `${name}: ${divergenceText(result)}`;
  const acc = tab === 'train' ? result.trainAccuracy : result.testAccuracy;
  return `${name}: ${tab} accuracy ${percent(acc)}`;
}

/** Accuracy at or below this counts as "learned nothing" (ten classes: chance is 10%). */
export const CHANCE_LEVEL = 0.15;

export interface GridSummary {
  trained: number;
  diverged: number;
  atChance: number;
  best: CellResult | null;
}

export function summarise(results: readonly (readonly (CellResult | null)[])[], tab: 'train' | 'test'): GridSummary {
  const all = results.flat().filter((c): c is CellResult => c !== null);
  const ok = all.filter((c) => c.divergedAt === null);
  const acc = (c: CellResult) => (tab === 'train' ? c.trainAccuracy : c.testAccuracy);
  let best: CellResult | null = null;
  for (const c of ok) if (!best || acc(c) > acc(best)) best = c;
  return { trained: all.length, diverged: all.length - ok.length, atChance: ok.filter((c) => acc(c) <= CHANCE_LEVEL).length, best };
}
