'use client';

import { formatNumber, type FlowResult } from './model';
import type { MeanField } from './mean-field';

/** Every layer's numbers: the readout behind the histograms and the bars. */
export function LayerTable({ result, prediction }: { result: FlowResult; prediction: MeanField }) {
  return (
    <div className="table-scroll">
      <table data-testid="gf-table">
        <caption>Layer by layer, seed {result.seed}</caption>
        <thead>
          <tr>
            <th scope="col">layer</th>
            <th scope="col">mean aˡ</th>
            <th scope="col">std aˡ</th>
            <th scope="col">Var(zˡ)</th>
            <th scope="col">wide-layer Var(zˡ)</th>
            <th scope="col">flat units</th>
            <th scope="col">RMS δˡ</th>
            <th scope="col">‖∂C/∂Wˡ‖</th>
          </tr>
        </thead>
        <tbody>
          {result.layers.map((l, i) => (
            <tr key={l.layer}>
              <th scope="row">{l.layer}</th>
              <td>{formatNumber(l.meanA)}</td>
              <td>{formatNumber(l.stdA)}</td>
              <td>{formatNumber(l.varZ)}</td>
              <td>{formatNumber(prediction.variances[i])}</td>
              <td>{Math.round(100 * l.flat)} %</td>
              <td>{formatNumber(l.errorRms)}</td>
              <td>{formatNumber(l.weightGradNorm)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
