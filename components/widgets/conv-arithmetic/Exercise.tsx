'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { Tex } from '@/components/widgets/shared/Tex';
import { checkAnswer, question, type Check } from './exercise';
import { floorInWords, formulaTex } from './formula';
import type { AxisParams } from './model';
import styles from './ConvArithmetic.module.css';

interface Props {
  seed: number;
  onNext: () => void;
  /** Loads the question's numbers into the widget to see it animated. */
  onShow: (params: AxisParams) => void;
}

/** A random output-size question (seeded, so a link gives the same one), checked with the worked answer. */
export function Exercise({ seed, onNext, onShow }: Props) {
  const q = useMemo(() => question(seed), [seed]);
  const [typed, setTyped] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const inputId = useId();
  useEffect(() => {
    setTyped('');
    setCheck(null);
  }, [seed]);
  const { i, k, p, s } = q.params;

  return (
    <section className={styles.exercise} aria-labelledby={`${inputId}-title`} data-testid="arith-exercise">
      <p className={styles.axisTitle} id={`${inputId}-title`}>
        Exercise {seed}
      </p>
      <p>
        A convolution with input <Tex tex={`i = ${i}`} />, kernel <Tex tex={`k = ${k}`} />, padding <Tex tex={`p = ${p}`} /> and stride{' '}
        <Tex tex={`s = ${s}`} />. How many outputs does it give along this axis?
      </p>
      <form
        className="widget-controls"
        onSubmit={(e) => {
          e.preventDefault();
          setCheck(checkAnswer(q, typed));
        }}
      >
        <label className="number-field" htmlFor={inputId}>
          Output size o{' '}
        </label>
        <input id={inputId} type="text" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} className={styles.answer} />
        <button type="submit" className="widget-button primary">
          Check
        </button>
        <button type="button" className="widget-button" onClick={onNext}>
          New question
        </button>
        <button type="button" className="widget-button" onClick={() => onShow(q.params)}>
          Show it in the widget
        </button>
      </form>
      <div role="status" data-testid="arith-exercise-result">
        {check?.kind === 'empty' && <p>Type a whole number first.</p>}
        {check?.kind === 'not-a-number' && <p>“{check.text}” is not a whole number: an output size counts window positions.</p>}
        {check?.kind === 'right' && <p className={styles.right}>✓ Right: o = {q.answer.o}.</p>}
        {check?.kind === 'wrong' && (
          <p className={styles.wrong}>
            ✗ Not {check.guess}: o = {q.answer.o}. {check.hint}
          </p>
        )}
        {(check?.kind === 'right' || check?.kind === 'wrong') && (
          <>
            <div className={styles.texScroll}>
              <Tex tex={formulaTex(q.params, q.answer, 'conv', false)} display />
            </div>
            <p className={styles.words}>{floorInWords(q.params, q.answer, 'conv', false, 'both')}</p>
          </>
        )}
      </div>
    </section>
  );
}
