'use client';

import { useMemo, useRef, useState } from 'react';
import { DigitImage } from './DigitImage';
import { downsample, emptyBitmap } from './downsample';
import { argmax, classify, type NetworkSnapshot } from './model';
import { DrawPad } from './DrawPad';
import { ProbabilityBars } from './ProbabilityBars';
import styles from './DigitsTrainer.module.css';

/** Draw a digit; it is downsampled to the data set's 8×8 format and classified by the trained network. */
export function DrawDigit({ network }: { network: NetworkSnapshot | null }) {
  const bitmap = useRef(emptyBitmap());
  const [version, setVersion] = useState(0);
  const pixels = useMemo(() => downsample(bitmap.current), [version]); // eslint-disable-line react-hooks/exhaustive-deps
  const empty = pixels.every((v) => v === 0);
  const probabilities = network && !empty ? classify(network, pixels) : null;

  return (
    <div className={styles.draw}>
      <div>
        <DrawPad bitmap={bitmap.current} version={version} onChange={() => setVersion((v) => v + 1)} />
        <button
          type="button"
          className="widget-button"
          onClick={() => {
            bitmap.current.fill(0);
            setVersion((v) => v + 1);
          }}
        >
          Clear the drawing
        </button>
      </div>
      <div className={styles.drawResult}>
        <p className={styles.small}>What the network sees: 8×8 counts of inked pixels, 0..16</p>
        <DigitImage pixels={pixels} size={96} label={empty ? 'Empty 8 by 8 image' : `Your drawing as 8 by 8 pixels: ${Array.from(pixels).join(' ')}`} />
        {probabilities ? (
          <>
            <p className={styles.guess} aria-live="polite" data-testid="dt-draw-guess">
              It reads <strong>{argmax(probabilities)}</strong> ({(100 * Math.max(...probabilities)).toFixed(1)}%)
            </p>
            <ProbabilityBars probabilities={probabilities} label="Class probabilities for your drawing" />
          </>
        ) : (
          <p className={styles.small} data-testid="dt-draw-guess">
            {network ? 'Draw a digit on the pad to see the ten probabilities.' : 'Train the network above; then it classifies your drawing as you draw.'}
          </p>
        )}
      </div>
    </div>
  );
}
