'use client';

import { Tex } from '@/components/widgets/shared/Tex';
import { floorInWords, formulaTex } from './formula';
import type { AxisParams, LayerError, LayerOk, Mode } from './model';
import styles from './ConvArithmetic.module.css';

interface Props {
  layer: LayerOk | LayerError;
  rows: AxisParams;
  cols: AxisParams;
  separate: boolean;
  mode: Mode;
  ceilMode: boolean;
  channelsIn: number;
  kernels: number;
}

const AXIS_TITLE = { rows: 'Rows', cols: 'Columns', channels: 'Channels' } as const;

/** The output size (or why there is none), the formula with the reader's numbers, and the parameter count. */
export function Result({ layer, rows, cols, separate, mode, ceilMode, channelsIn, kernels }: Props) {
  if (!layer.ok) {
    return (
      <div className={`widget-error ${styles.error}`} role="alert" data-testid="output-error">
        <p className={styles.errorTitle}>No output for these numbers.</p>
        {layer.errors.map((e, index) => (
          <p key={index}>
            {layer.errors.length > 1 || e.axis === 'channels' ? <strong>{AXIS_TITLE[e.axis]}: </strong> : null}
            {e.message}
          </p>
        ))}
      </div>
    );
  }
  const axes = separate
    ? ([
        ['rows', rows, layer.rows, 'H_2', 'rows'],
        ['cols', cols, layer.cols, 'W_2', 'columns'],
      ] as const)
    : ([['both', rows, layer.rows, 'o', 'both']] as const);
  const k = `${rows.k}${rows.k === cols.k ? '^2' : `\\cdot ${cols.k}`}`;

  return (
    <div className={styles.result}>
      <p className={styles.outputLine}>
        Output size <strong data-testid="output-size" className={styles.outputSize}>{`${layer.rows.o} × ${layer.cols.o}`}</strong>{' '}
        <span className={styles.muted}>(rows × columns)</span>
      </p>
      {axes.map(([key, params, out, symbol, lines]) => (
        <div key={key} className={styles.formula}>
          {separate && <p className={styles.axisTitle}>{key === 'rows' ? 'Rows' : 'Columns'}</p>}
          <div className={styles.texScroll}>
            <Tex tex={formulaTex(params, out, mode, ceilMode, symbol)} display />
          </div>
          <p className={styles.words}>{floorInWords(params, out, mode, ceilMode, lines)}</p>
        </div>
      ))}
      <dl className="readout">
        <dt>Parameters</dt>
        <dd data-testid="arith-params">
          {mode === 'conv' ? (
            <Tex tex={`K_h K_w D_1 N + N = ${k}\\cdot ${channelsIn}\\cdot ${kernels} + ${kernels} = ${layer.params.toLocaleString('en-US')}`} />
          ) : (
            <>0 (pooling has no weights)</>
          )}
        </dd>
        <dt>Output volume</dt>
        <dd data-testid="arith-volume">
          <Tex tex={`H_2 \\times W_2 \\times D_2 = ${layer.rows.o} \\times ${layer.cols.o} \\times ${layer.depth}`} />
          <span className="readout-working">
            {mode === 'conv' ? `D₂ = N = ${kernels}: one map per kernel` : `D₂ = D₁ = ${channelsIn}: each channel is pooled on its own`}
          </span>
        </dd>
      </dl>
    </div>
  );
}
