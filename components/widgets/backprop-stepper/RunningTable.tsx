'use client';

import { Tex } from '@/components/widgets/shared/Tex';
import { exact } from './StepPanel';
import type { Step } from './steps';

/** Every quantity computed so far, newest last, with the finite-difference check for gradients. */
export function RunningTable({ steps, upTo }: { steps: Step[]; upTo: number }) {
  const shown = steps.slice(0, upTo).filter((s) => s.kind !== 'update');
  if (shown.length === 0) return null;
  return (
    <div className="table-scroll running-table">
      <table>
        <caption className="visually-hidden">Quantities computed so far</caption>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col">Value</th>
            <th scope="col">Finite difference</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s, i) => (
            <tr key={`${s.symbol}-${i}`} className={i === shown.length - 1 ? 'current' : undefined}>
              <th scope="row">
                <Tex tex={s.symbol} />
              </th>
              <td>{exact(s.value)}</td>
              <td>{s.check ? `${exact(s.check.numeric)} (rel. err. ${s.check.relativeError.toExponential(1)})` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
