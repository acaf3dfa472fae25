'use client';

import { useEffect, useId, useState } from 'react';
import type { WindowPosition } from './grid';
import styles from './ConvArithmetic.module.css';

interface Props {
  positions: WindowPosition[];
  /** 0-based window shown. */
  position: number;
  onPosition: (index: number) => void;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Play, step and scrub through the window positions. Each step is a jump (nothing glides); with
 * reduced motion the steps come at half the pace.
 */
export function Player({ positions, position, onPosition }: Props) {
  const [playing, setPlaying] = useState(false);
  const scrubId = useId();
  const last = positions.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (position >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onPosition(position + 1), prefersReducedMotion() ? 1400 : 700);
    return () => clearTimeout(timer);
  }, [playing, position, last, onPosition]);

  // New settings (a different number of positions) stop the animation.
  useEffect(() => setPlaying(false), [positions.length]);

  const current = positions[position];
  return (
    <div className={styles.player}>
      <div className="widget-controls">
        <button
          type="button"
          className="widget-button primary"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && position >= last) onPosition(0);
            setPlaying(!playing);
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="widget-button" disabled={position <= 0} onClick={() => { setPlaying(false); onPosition(position - 1); }}>
          ← Step back
        </button>
        <button type="button" className="widget-button" disabled={position >= last} onClick={() => { setPlaying(false); onPosition(position + 1); }}>
          Step →
        </button>
        <label className={styles.scrub} htmlFor={scrubId}>
          Window {position + 1} of {positions.length}
        </label>
        <input
          id={scrubId}
          type="range"
          min={1}
          max={positions.length}
          value={position + 1}
          aria-valuetext={current ? `window ${position + 1} of ${positions.length}: output row ${current.row + 1}, column ${current.col + 1}` : undefined}
          onChange={(e) => { setPlaying(false); onPosition(Number(e.target.value) - 1); }}
          className={styles.scrubInput}
        />
      </div>
      {current && (
        <p className={styles.working} aria-live="polite" data-testid="arith-working">
          Output ({current.row + 1}, {current.col + 1}): {current.working}
        </p>
      )}
    </div>
  );
}
