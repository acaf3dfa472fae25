'use client';

import { useId, useMemo } from 'react';
import { WidgetFrame } from '@/components/widgets/frame/WidgetFrame';
import { ListField } from '@/components/widgets/conv-1d/ListField';
import { Tex } from '@/components/widgets/shared/Tex';
import { useUrlState } from '@/lib/url-state/use-url-state';
import { checkAtOne, polynomialTex, productCoefficients, termsOf, texNumber, toeplitzForm } from './model';
import { MAX_COEFFICIENTS, schema, URL_PREFIX, VALUE_LIMIT } from './state';
import styles from './ConvPoly.module.css';

/** A factor in a product: negative numbers in parentheses. */
const factor = (v: number) => (v < 0 ? `(${texNumber(v)})` : texNumber(v));
const column = (values: readonly number[], boxed = -1) =>
  `\\begin{bmatrix} ${values.map((v, i) => (i === boxed ? `\\boxed{${texNumber(v)}}` : texNumber(v))).join(' \\\\ ')} \\end{bmatrix}`;

export default function ConvPolyWidget() {
  const { state, update, reset, notices, dismissNotices, link } = useUrlState(URL_PREFIX, schema);
  const ids = useId();
  const alpha = state.a;
  const beta = state.b;
  const delta = useMemo(() => productCoefficients(alpha, beta), [alpha, beta]);
  const j = Math.min(state.j, delta.length - 1);
  const form = useMemo(() => toeplitzForm(alpha, beta, state.matrix as 'alpha' | 'beta'), [alpha, beta, state.matrix]);
  const terms = termsOf(j, alpha.length, beta.length);
  const check = checkAtOne(alpha, beta);

  const sumTex =
    `\\delta_{${j}} = ${terms.map(([i, l]) => `\\alpha_{${i}}\\beta_{${l}}`).join(' + ')}` +
    ` = ${terms.map(([i, l]) => `${factor(alpha[i])} \\cdot ${factor(beta[l])}`).join(' + ')} = ${texNumber(delta[j])}`;
  const matrixTex =
    `\\begin{bmatrix} ${form.rows.map((row, r) => row.map((v) => (r === j ? `\\mathbf{${texNumber(v)}}` : texNumber(v))).join(' & ')).join(' \\\\ ')} \\end{bmatrix}` +
    column(form.vector) +
    ` = ${column(delta, j)}`;
  const [inName, vecName] = state.matrix === 'alpha' ? ['\\alpha', '\\beta'] : ['\\beta', '\\alpha'];

  return (
    <WidgetFrame
      id="conv-poly"
      title="Multiplying polynomials is convolution"
      hint="Type two coefficient lists (lowest power first) and pick a coefficient of the product to see it as a sum, as a row of a Toeplitz matrix, and in the polynomial."
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
    >
      <div className={styles.lists}>
        <ListField label="α (coefficients of p) =" what="first list" values={alpha} maxLength={MAX_COEFFICIENTS} limit={VALUE_LIMIT} onCommit={(a) => update({ a })} testId="cp-alpha" />
        <ListField label="β (coefficients of s) =" what="second list" values={beta} maxLength={MAX_COEFFICIENTS} limit={VALUE_LIMIT} onCommit={(b) => update({ b })} testId="cp-beta" />
      </div>

      <div className={styles.block} data-testid="cp-polynomial">
        <Tex tex={`p(t)\\,s(t) = \\big(${polynomialTex(alpha)}\\big)\\big(${polynomialTex(beta)}\\big)`} display />
        <Tex tex={`= ${polynomialTex(delta)}`} display />
      </div>

      <fieldset className={styles.coefficients}>
        <legend>The product’s coefficients δ = α ∗ β (pick one)</legend>
        <div className={styles.buttons} data-testid="cp-delta">
          {delta.map((v, i) => (
            <button key={i} type="button" className="widget-button" aria-pressed={i === j} onClick={() => update({ j: i })}>
              δ<sub>{i}</sub> = {texNumber(v).replace('-', '−')}
            </button>
          ))}
        </div>
      </fieldset>

      <p className={styles.heading}>As a sum: the terms α<sub>i</sub>β<sub>l</sub> with i + l = {j}</p>
      <div className={`${styles.scroller} table-scroll`} role="region" aria-label="The sum for the chosen coefficient" tabIndex={0} data-testid="cp-sum">
        <Tex tex={sumTex} display />
      </div>

      <p className={styles.heading}>As a Toeplitz matrix times a vector (row {j} in bold gives δ<sub>{j}</sub>)</p>
      <fieldset className="segmented">
        <legend>The matrix holds</legend>
        <label>
          <input type="radio" name={`${ids}-matrix`} checked={state.matrix === 'alpha'} onChange={() => update({ matrix: 'alpha' })} /> α, times β
        </label>
        <label>
          <input type="radio" name={`${ids}-matrix`} checked={state.matrix === 'beta'} onChange={() => update({ matrix: 'beta' })} /> β, times α
        </label>
      </fieldset>
      <div className={`${styles.scroller} table-scroll`} role="region" aria-label="Toeplitz matrix times vector" tabIndex={0} data-testid="cp-matrix">
        <Tex tex={`T(${inName})\\,${vecName} = ${matrixTex}`} display />
      </div>
      <p className={styles.note} data-testid="cp-shape">
        T({state.matrix === 'alpha' ? 'α' : 'β'}) is {form.rows.length} × {form.vector.length}: each column holds a copy of {state.matrix === 'alpha' ? 'α' : 'β'} shifted
        down one row, so every diagonal is constant (a Toeplitz matrix).
      </p>

      <p className={styles.check} data-testid="cp-check">
        Check at t = 1: p(1)·s(1) = {texNumber(check.pAtOne)} · {texNumber(check.sAtOne)} = {texNumber(check.pAtOne * check.sAtOne)}, and the coefficients of the
        product add up to {texNumber(check.sumDelta)}.
      </p>
    </WidgetFrame>
  );
}
