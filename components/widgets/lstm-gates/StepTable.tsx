'use client';

import { fmt4, type LstmStep } from './model';
import styles from './LstmGates.module.css';

/** Every step taken so far, one row per time step; the current one highlighted. */
export function StepTable({ steps, current, onPick }: { steps: readonly LstmStep[]; current: number; onPick: (t: number) => void }) {
  return (
    <div className={`table-scroll ${styles.tableWrap}`} tabIndex={0} role="region" aria-label="Gate values at every step so far">
      <table className={styles.table} data-testid="lg-table">
        <thead>
          <tr>
            <th scope="col">t</th>
            <th scope="col">x_t</th>
            <th scope="col">f_t</th>
            <th scope="col">i_t</th>
            <th scope="col">C̃_t</th>
            <th scope="col">C_t</th>
            <th scope="col">o_t</th>
            <th scope="col">h_t</th>
          </tr>
        </thead>
        <tbody>
          {steps.slice(0, current).map((s) => (
            <tr key={s.t} className={s.t === current ? styles.current : undefined}>
              <td>
                <button type="button" className={styles.rowButton} aria-label={`Show step ${s.t}`} aria-pressed={s.t === current} onClick={() => onPick(s.t)}>
                  {s.t}
                </button>
              </td>
              <td>{s.x}</td>
              <td>{fmt4(s.f)}</td>
              <td>{fmt4(s.i)}</td>
              <td>{fmt4(s.g)}</td>
              <td>{fmt4(s.c)}</td>
              <td>{fmt4(s.o)}</td>
              <td>{fmt4(s.h)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
