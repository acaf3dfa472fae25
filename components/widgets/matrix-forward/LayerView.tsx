'use client';

import { MatrixView, type CellSpec } from './MatrixView';
import { ACTIVATION_SYMBOL, activationText, fmt, sumOfProducts, type ActivationName, type LayerResult } from './model';
import styles from './MatrixForward.module.css';

export type ParamName = 'x' | 'w1' | 'b1' | 'w2' | 'b2';
export interface EditTarget {
  param: ParamName;
  index: number;
}

const SUP = ['', '¹', '²'];
const SUB = ['₀', '₁', '₂', '₃'];

/** "w¹₂₁", "b²₁", "x₃": the name of one parameter entry. */
export function entryName(t: EditTarget): string {
  if (t.param === 'x') return `x${SUB[t.index + 1]}`;
  const l = t.param === 'w1' || t.param === 'b1' ? 1 : 2;
  if (t.param[0] === 'b') return `b${SUP[l]}${SUB[t.index + 1]}`;
  return `w${SUP[l]}${SUB[Math.floor(t.index / 3) + 1]}${SUB[(t.index % 3) + 1]}`;
}

interface Props {
  l: 1 | 2;
  result: LayerResult;
  f: ActivationName;
  /** The selected output row of this layer, or null when the selection is in the other layer. */
  row: number | null;
  editing: EditTarget | null;
  onSelectRow: (i: number) => void;
  onEdit: (t: EditTarget, focusEditor: boolean) => void;
  onNudge: (t: EditTarget, delta: number) => void;
}

/** One layer: W·a + b = z, then a = f(z), with the selected neuron's row, column and sum lit. */
export function LayerView({ l, result, f, row, editing, onSelectRow, onEdit, onNudge }: Props) {
  const sup = SUP[l];
  const inputName = l === 1 ? 'x' : 'a¹';
  const wParam: ParamName = l === 1 ? 'w1' : 'w2';
  const bParam: ParamName = l === 1 ? 'b1' : 'b2';
  const param = (t: EditTarget, value: number, lit: CellSpec['lit']): CellSpec => ({
    lit,
    label: `${entryName(t)} = ${fmt(value)}, press Enter to edit, arrow up or down to change by 0.1`,
    testId: `mf-${t.param}-${t.index}`,
    pressed: editing?.param === t.param && editing.index === t.index,
    onSelect: () => onEdit(t, false),
    onActivate: () => onEdit(t, true),
    onNudge: (d) => onNudge(t, d),
  });
  const lit = (i: number) => (row === i ? 'row' : undefined);
  const col = row === null ? undefined : ('col' as const);

  return (
    <section className={styles.layer} aria-label={`Layer ${l}`}>
      <p className={styles.layerTitle}>
        Layer {l}: z{sup} = W{sup}·{inputName} + b{sup}, then a{sup} = {ACTIVATION_SYMBOL[f]}(z{sup})
      </p>
      <div className={styles.equation}>
        <MatrixView name={`W${sup}`} values={result.W} cell={(i, j) => param({ param: wParam, index: i * 3 + j }, result.W[i][j], lit(i))} />
        <span className={styles.op} aria-hidden="true">·</span>
        <MatrixView
          name={inputName}
          values={result.input.map((v) => [v])}
          cell={(i) =>
            l === 1
              ? param({ param: 'x', index: i }, result.input[i], col)
              : { lit: col, label: `a¹${SUB[i + 1]} = ${fmt(result.input[i])}`, testId: `mf-in2-${i}` }
          }
        />
        <span className={styles.op} aria-hidden="true">+</span>
        <MatrixView name={`b${sup}`} values={result.b.map((v) => [v])} cell={(i) => param({ param: bParam, index: i }, result.b[i], lit(i))} />
        <span className={styles.op} aria-hidden="true">=</span>
        <MatrixView
          name={`z${sup}`}
          values={result.z.map((v) => [v])}
          cell={(i) => ({
            lit: row === i ? 'out' : undefined,
            label: `z${sup}${SUB[i + 1]} = ${fmt(result.z[i])}: show its sum of products`,
            testId: `mf-z${l}-${i}`,
            pressed: row === i,
            onSelect: () => onSelectRow(i),
          })}
        />
        <span className={styles.op} aria-hidden="true">
          {ACTIVATION_SYMBOL[f]}→
        </span>
        <MatrixView
          name={`a${sup}`}
          values={result.a.map((v) => [v])}
          cell={(i) => ({ lit: row === i ? 'out' : undefined, label: `a${sup}${SUB[i + 1]} = ${fmt(result.a[i])}`, testId: `mf-a${l}-${i}` })}
        />
      </div>
      {row !== null && (
        <div className={styles.sum} aria-live="polite" data-testid={`mf-sum${l}`}>
          <p>
            z{sup}
            {SUB[row + 1]} = {sumOfProducts(result, row)}
          </p>
          <p>
            a{sup}
            {SUB[row + 1]} = {activationText(f, result, row)}
          </p>
        </div>
      )}
    </section>
  );
}
