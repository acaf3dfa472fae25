// The grid search of the training chapter: one 64-H-10 sigmoid network trained for each pair of
// learning rate η and L2 strength λ, every cell from the same seeded initial weights and the same
// shuffles, so the only difference between cells is (η, λ). The cost is the mean cross-entropy
// plus λ‖w‖² (weights only), whose gradient adds 2λw, equation (l2-grad) of the chapter.
import { createRng } from '@/lib/engine';
import { evaluate, FusedMlp, trainEpoch, type HiddenActivation, type SgdStep } from '@/lib/engine/fast';
import { DIGIT_CLASSES, DIGIT_PIXELS } from '@/lib/data/digits';
import type { DigitsArrays } from './digits-data';

/** `count` values from 10^fromExp to 10^toExp, equally spaced in the exponent. */
export function logSpace(fromExp: number, toExp: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`logSpace: count must be a positive integer, got ${count}`);
  if (count === 1) return [10 ** fromExp];
  return Array.from({ length: count }, (_, i) => {
    const e = fromExp + ((toExp - fromExp) * i) / (count - 1);
    // 10 ** -3 is 0.0010000000000000002 in floating point; round to 12 significant digits.
    return Number((10 ** e).toPrecision(12));
  });
}

/** η = 10⁻⁴ … 10⁰ (rows) and λ = 10⁻⁵ … 10⁰ (columns): 5 × 6 = 30 networks. */
export const ETAS = logSpace(-4, 0, 5);
export const LAMBDAS = logSpace(-5, 0, 6);

/** A mean cross-entropy above this (ten times that of guessing, ln 10 ≈ 2.3) counts as diverged. */
export const DIVERGED_LOSS = 23;

export interface GridSettings {
  hidden: number;
  activation: HiddenActivation;
  epochs: number;
  batch: number;
  seed: number;
}

export const DEFAULT_GRID: GridSettings = { hidden: 30, activation: 'sigmoid', epochs: 6, batch: 32, seed: 1 };

export interface CellResult {
  eta: number;
  lambda: number;
  /** Mean training cross-entropy of each epoch, as the minibatches saw it (the penalty not included). */
  losses: number[];
  /** Fractions correct after the last epoch, or NaN once diverged. */
  trainAccuracy: number;
  testAccuracy: number;
  /** The epoch (1-based) in which the loss became NaN or exceeded DIVERGED_LOSS; null if it never did. */
  divergedAt: number | null;
}

export function checkGridSettings(s: GridSettings): void {
  const int = (name: string, v: number, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`grid search: ${name} must be a whole number in ${lo}..${hi}, got ${v}`);
  };
  int('hidden units', s.hidden, 1, 200);
  int('epochs', s.epochs, 1, 100);
  int('batch size', s.batch, 1, 1437);
  int('seed', s.seed, 0, 2 ** 31);
}

/**
 * The SGD settings for the cost C + λ‖w‖²: its gradient adds ∂(λ‖w‖²)/∂w = 2λw to each weight's,
 * equation (l2-grad) of the chapter; the biases are not penalised.
 */
export function l2Step(eta: number, lambda: number): SgdStep {
  return { lr: eta, weightDecay: 2 * lambda, decayBiases: false };
}

/** True when a loss is NaN, infinite or beyond DIVERGED_LOSS. */
export function isDiverged(loss: number): boolean {
  return !Number.isFinite(loss) || loss > DIVERGED_LOSS;
}

/** Trains one cell: a fresh network from `seed`, `epochs` epochs of minibatch SGD at (η, λ). */
export function trainCell(data: DigitsArrays, eta: number, lambda: number, settings: GridSettings): CellResult {
  checkGridSettings(settings);
  if (!(Number.isFinite(eta) && eta > 0)) throw new RangeError(`grid search: η must be a positive number, got ${eta}`);
  if (!(Number.isFinite(lambda) && lambda >= 0)) throw new RangeError(`grid search: λ must be a number ≥ 0, got ${lambda}`);
  const rng = createRng(settings.seed);
  const trainCount = data.trainY.length;
  const net = new FusedMlp({ sizes: [DIGIT_PIXELS, settings.hidden, DIGIT_CLASSES], maxBatch: Math.min(settings.batch, trainCount), rng, activation: settings.activation });
  const losses: number[] = [];
  let divergedAt: number | null = null;
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    const loss = trainEpoch(net, data.trainX, data.trainY, trainCount, {
      batch: Math.min(settings.batch, trainCount),
      rng,
      ...l2Step(eta, lambda),
    });
    losses.push(loss);
    if (isDiverged(loss)) {
      divergedAt = epoch;
      break;
    }
  }
  if (divergedAt !== null) return { eta, lambda, losses, trainAccuracy: NaN, testAccuracy: NaN, divergedAt };
  const train = evaluate(net, data.trainX, data.trainY, trainCount);
  const test = evaluate(net, data.testX, data.testY, data.testY.length);
  return { eta, lambda, losses, trainAccuracy: train.correct / trainCount, testAccuracy: test.correct / data.testY.length, divergedAt };
}

/** Cells in the order the worker computes them: row by row (η), then column by column (λ). */
export function gridCells(etas: readonly number[] = ETAS, lambdas: readonly number[] = LAMBDAS): { row: number; col: number; eta: number; lambda: number }[] {
  return etas.flatMap((eta, row) => lambdas.map((lambda, col) => ({ row, col, eta, lambda })));
}

/** "10⁻³" for 0.001, "1" for 10⁰: the exponent of a power of ten in superscript digits. */
export function powerOfTen(v: number): string {
  const e = Math.round(Math.log10(v));
  if (Math.abs(10 ** e - v) > 1e-9 * v) return String(v);
  if (e === 0) return '1';
  const sup: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  return `10${String(e).replace(/./g, (ch) => sup[ch])}`;
}
