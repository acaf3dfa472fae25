'use client';

import { useState } from 'react';
import { DigitImage } from './DigitImage';
import type { Mistake } from './model';
import { ProbabilityBars } from './ProbabilityBars';
import styles from './DigitsTrainer.module.css';

/** How many wrong test digits are drawn at once; the rest are counted. */
const SHOWN = 24;

/** The test digits the network gets wrong; choosing one shows its ten probabilities. */
export function MistakeGallery({ mistakes }: { mistakes: readonly Mistake[] }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const selected = mistakes.find((m) => m.index === chosen) ?? mistakes[0];
  if (mistakes.length === 0) return <p className={styles.small}>No test digit is wrong.</p>;
  return (
    <div className={styles.mistakes}>
      <ul className={styles.gallery} aria-label="Misclassified test digits">
        {mistakes.slice(0, SHOWN).map((m) => (
          <li key={m.index}>
            <button
              type="button"
              className={m === selected ? `${styles.mistake} ${styles.selected}` : styles.mistake}
              aria-pressed={m === selected}
              onClick={() => setChosen(m.index)}
            >
              <DigitImage pixels={m.pixels} size={44} label="" />
              <span>
                {m.truth} → <strong>{m.guess}</strong>
              </span>
              <span className="visually-hidden">
                : a {m.truth} taken for a {m.guess} with probability {(100 * m.probabilities[m.guess]).toFixed(0)}%
              </span>
            </button>
          </li>
        ))}
      </ul>
      {mistakes.length > SHOWN && <p className={styles.small}>and {mistakes.length - SHOWN} more.</p>}
      {selected && (
        <div className={styles.mistakeDetail}>
          <DigitImage pixels={selected.pixels} size={96} label={`Test digit ${selected.index + 1}: a handwritten ${selected.truth}`} />
          <div>
            <p className={styles.small}>
              Test digit {selected.index + 1}: truly a <strong>{selected.truth}</strong>, guessed <strong>{selected.guess}</strong> with{' '}
              {(100 * selected.probabilities[selected.guess]).toFixed(1)}%; the true class got {(100 * selected.probabilities[selected.truth]).toFixed(1)}%.
            </p>
            <ProbabilityBars probabilities={selected.probabilities} truth={selected.truth} label={`Class probabilities for test digit ${selected.index + 1}`} />
          </div>
        </div>
      )}
    </div>
  );
}
