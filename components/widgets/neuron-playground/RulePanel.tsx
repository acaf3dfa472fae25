'use client';

import type { RuleStep } from './model';
import styles from './NeuronPlayground.module.css';
import { describeStep, type Verdict } from './rule-text';

interface Props {
  count: number;
  eta: number;
  next: number;
  last: RuleStep | null;
  verdict: Verdict | null;
  stopped: string | null;
  onStep: () => void;
  onEpochs: (n: number) => void;
  onConverge: () => void;
}

/** The perceptron learning rule: step, run epochs, run to convergence, and what happened. */
export function RulePanel({ count, eta, next, last, verdict, stopped, onStep, onEpochs, onConverge }: Props) {
  return (
    <section className={styles.rule} aria-label="Perceptron learning rule">
      <p className={styles.formula}>
        Perceptron rule, one point at a time: w ← w + η(t − y)x, b ← b + η(t − y), with y = H(z). Next: point {next + 1} of{' '}
        {count}.
      </p>
      <div className={styles.ruleButtons}>
        <button type="button" className="widget-button primary" onClick={onStep}>
          Step: one point
        </button>
        <button type="button" className="widget-button" onClick={() => onEpochs(1)}>
          Run 1 epoch
        </button>
        <button type="button" className="widget-button" onClick={() => onEpochs(10)}>
          Run 10 epochs
        </button>
        <button type="button" className="widget-button" onClick={onConverge}>
          Run to convergence
        </button>
      </div>
      <div aria-live="polite" className={styles.rule}>
        {last && (
          <div className={styles.stepReadout} data-testid="np-step">
            {describeStep(last, count, eta).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        {stopped && (
          <p className={`${styles.verdict} ${styles.verdictWarn}`} role="alert">
            {stopped}
          </p>
        )}
        {verdict && (
          <p
            className={verdict.kind === 'converged' || verdict.kind === 'not-yet' ? styles.verdict : `${styles.verdict} ${styles.verdictWarn}`}
            data-testid="np-verdict"
          >
            {verdict.text}
          </p>
        )}
      </div>
    </section>
  );
}
