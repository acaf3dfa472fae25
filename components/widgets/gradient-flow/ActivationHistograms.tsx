'use client';

import { Histogram } from '@/components/plots/Histogram';
import { ACTIVATIONS, formatNumber, type FlowResult } from './model';
import styles from './GradientFlow.module.css';

const tick = (v: number) => formatNumber(v, 2);

/** One small histogram of a^l per layer, flat units hatched, with the layer's mean and std. */
export function ActivationHistograms({ result }: { result: FlowResult }) {
  const act = ACTIVATIONS[result.activation];
  return (
    <ol className={styles.histograms} aria-label="Activations of each layer">
      {result.layers.map((layer) => {
        const domain = act.range ?? undefined;
        return (
          <li key={layer.layer} className={styles.histogramCell}>
            <p className={styles.cellTitle}>Layer {layer.layer}</p>
            <Histogram
              bins={layer.histogram}
              domain={domain}
              shade={act.flatOutputs}
              height={92}
              xTicks={3}
              formatTick={tick}
              label={`Histogram of the activations of layer ${layer.layer}: mean ${formatNumber(layer.meanA)}, standard deviation ${formatNumber(layer.stdA)}, ${Math.round(100 * layer.flat)} % of units flat`}
            />
            <p className={styles.cellStats}>
              mean {formatNumber(layer.meanA, 2)} · std {formatNumber(layer.stdA, 2)}
              <br />
              flat {Math.round(100 * layer.flat)} %
            </p>
          </li>
        );
      })}
    </ol>
  );
}
