'use client';

import { formatShape, LAYER_NAMES, type Stack, type Summary } from './model';
import styles from './LayerShapes.module.css';

const n = (v: number) => v.toLocaleString('en-US');

/** What Keras' model.summary() prints for the stack: layer, output shape, parameters, total. */
export function SummaryTable({ stack, summary, macs }: { stack: Stack; summary: Summary; macs: boolean }) {
  return (
    <div className={styles.tableHolder} role="region" aria-label="Summary table (scrolls sideways on narrow screens)" tabIndex={0}>
      <table className={styles.summary}>
        <caption>model.summary()</caption>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Output shape</th>
            <th scope="col">Param #</th>
            {macs && <th scope="col">Multiply–adds</th>}
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Input</td>
            <td>{summary.inputError ? '—' : formatShape(stack.input)}</td>
            <td>0</td>
            {macs && <td />}
          </tr>
          {summary.rows.map((row, i) => (
            <tr key={i} className={row.error ? styles.invalidRow : undefined}>
              <td>
                {i + 1}. {LAYER_NAMES[row.layer.type]}
              </td>
              <td>{row.shape ? formatShape(row.shape) : row.error ? 'invalid' : '—'}</td>
              <td>{row.shape ? n(row.params) : '—'}</td>
              {macs && <td>{row.shape && row.macs > 0 ? n(row.macs) : ''}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td data-testid="ls-total">{summary.totalParams === null ? '—' : n(summary.totalParams)}</td>
            {macs && <td data-testid="ls-total-macs">{summary.totalMacs === null ? '—' : n(summary.totalMacs)}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
