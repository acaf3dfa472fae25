'use client';

import { Tex } from '@/components/widgets/shared/Tex';
import type { Step } from './steps';

const EQUATION_NAMES: Record<1 | 2 | 3 | 4, string> = {
  1: 'Equation (1): the error of the output layer',
  2: 'Equation (2): the gradient of a weight',
  3: 'Equation (3): the gradient of a bias',
  4: 'Equation (4): the error passed back one layer',
};

const KIND_TEXT: Record<Step['kind'], string> = {
  z: 'Forward pass: weighted input of a neuron',
  a: 'Forward pass: the neuron’s activation',
  cost: 'The cost of this example',
  'delta-output': 'Backward pass: output error δ',
  'delta-hidden': 'Backward pass: hidden error δ',
  'grad-w': 'Backward pass: weight gradient',
  'grad-b': 'Backward pass: bias gradient',
  update: 'Gradient-descent update',
};

export const exact = (v: number) => (Math.abs(v) < 1e-4 && v !== 0 ? v.toExponential(6) : v.toFixed(9));

/** What the current step computes: its equation with the numbers in, and the finite-difference check. */
export function StepPanel({ step, index, total }: { step: Step | null; index: number; total: number }) {
  if (!step) {
    return (
      <div className="step-panel" aria-live="polite">
        <p className="step-kind">Step 0 of {total}</p>
        <p>Nothing is computed yet. Step forward to run the forward pass one quantity at a time.</p>
      </div>
    );
  }
  return (
    <div className="step-panel" aria-live="polite">
      <p className="step-kind">
        Step {index} of {total} · {KIND_TEXT[step.kind]}
      </p>
      {step.equation && <p className="step-equation">{EQUATION_NAMES[step.equation]}</p>}
      <Tex tex={step.working} display />
      <p className="step-value">
        <Tex tex={step.symbol} /> = <strong data-testid="bp-value">{step.kind === 'update' ? 'see the matrix' : exact(step.value)}</strong>
      </p>
      {step.check && (
        <p className="step-check" data-testid="bp-check">
          Finite-difference estimate {exact(step.check.numeric)}; relative error {step.check.relativeError.toExponential(1)}
          {step.check.relativeError < 1e-5 ? ' ✓ agrees' : ' ✗ disagrees'}
        </p>
      )}
    </div>
  );
}
