'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PAD_SIZE, paint, paintLine } from './downsample';
import styles from './DigitsTrainer.module.css';

interface DrawPadProps {
  /** The 32×32 bitmap, edited in place. */
  bitmap: Uint8Array;
  /** Called after every change to the bitmap. */
  onChange: () => void;
  /** Bumped by the parent when it clears the bitmap, so the pad redraws. */
  version: number;
}

/**
 * A 32×32 drawing pad. Mouse, pen or finger: press and drag. Keyboard: the arrow keys move a
 * cursor (Shift: four pixels at a time), Space inks the cursor's spot, Enter lifts or lowers the
 * pen (while it is down, moving draws), Delete clears.
 */
export function DrawPad({ bitmap, onChange, version }: DrawPadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  const [cursor, setCursor] = useState<[number, number]>([16, 16]);
  const [penDown, setPenDown] = useState(false);
  const [focused, setFocused] = useState(false);
  const helpId = useId();
  const [, setThemeTick] = useState(0);

  // The canvas holds resolved colours, so it is redrawn when the reader switches light or dark mode.
  useEffect(() => {
    const redraw = () => setThemeTick((t) => t + 1);
    const observer = new MutationObserver(redraw);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', redraw);
    return () => {
      observer.disconnect();
      media?.removeEventListener?.('change', redraw);
    };
  }, []);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext?.('2d');
    if (!c || !ctx) return;
    // The theme's colours are light-dark() pairs, which a canvas cannot parse; computed CSS
    // properties of the canvas resolve them: ink = color, grid = border colour, cursor = caret colour.
    const style = getComputedStyle(c);
    const scale = c.width / PAD_SIZE;
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.fillStyle = style.color || '#000';
    for (let k = 0; k < bitmap.length; k++) if (bitmap[k]) ctx.fillRect((k % PAD_SIZE) * scale, Math.floor(k / PAD_SIZE) * scale, scale, scale);
    // The 4×4 blocks that become the 64 inputs.
    ctx.strokeStyle = style.borderTopColor || '#ccc';
    ctx.lineWidth = 1;
    for (let i = 4; i < PAD_SIZE; i += 4) {
      ctx.beginPath();
      ctx.moveTo(i * scale + 0.5, 0);
      ctx.lineTo(i * scale + 0.5, c.height);
      ctx.moveTo(0, i * scale + 0.5);
      ctx.lineTo(c.width, i * scale + 0.5);
      ctx.stroke();
    }
    if (focused) {
      ctx.strokeStyle = style.caretColor || '#d55e00';
      ctx.lineWidth = 2;
      ctx.strokeRect((cursor[1] - 1) * scale, (cursor[0] - 1) * scale, 3 * scale, 3 * scale);
    }
  });

  function cellAt(e: PointerEvent<HTMLCanvasElement>): [number, number] {
    const box = e.currentTarget.getBoundingClientRect();
    return [((e.clientY - box.top) / box.height) * PAD_SIZE, ((e.clientX - box.left) / box.width) * PAD_SIZE];
  }

  function onPointerDown(e: PointerEvent<HTMLCanvasElement>) {
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const at = cellAt(e);
    last.current = at;
    if (paint(bitmap, at[0], at[1])) onChange();
  }

  function onPointerMove(e: PointerEvent<HTMLCanvasElement>) {
    if (!last.current) return;
    const at = cellAt(e);
    if (paintLine(bitmap, last.current, at)) onChange();
    last.current = at;
  }

  function onPointerUp() {
    last.current = null;
  }

  function onKeyDown(e: KeyboardEvent<HTMLCanvasElement>) {
    const step = e.shiftKey ? 4 : 1;
    const moves: Record<string, [number, number]> = { ArrowUp: [-step, 0], ArrowDown: [step, 0], ArrowLeft: [0, -step], ArrowRight: [0, step] };
    if (moves[e.key]) {
      const next: [number, number] = [
        Math.max(0, Math.min(PAD_SIZE - 1, cursor[0] + moves[e.key][0])),
        Math.max(0, Math.min(PAD_SIZE - 1, cursor[1] + moves[e.key][1])),
      ];
      if (penDown && paintLine(bitmap, cursor, next)) onChange();
      setCursor(next);
    } else if (e.key === ' ') {
      if (paint(bitmap, cursor[0], cursor[1])) onChange();
    } else if (e.key === 'Enter') {
      if (!penDown && paint(bitmap, cursor[0], cursor[1])) onChange();
      setPenDown(!penDown);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      bitmap.fill(0);
      onChange();
    } else return;
    e.preventDefault();
  }

  return (
    <div className={styles.padHolder} data-version={version}>
      <canvas
        ref={canvas}
        width={PAD_SIZE * 7}
        height={PAD_SIZE * 7}
        className={styles.pad}
        tabIndex={0}
        role="application"
        aria-roledescription="drawing pad"
        aria-label="Draw a digit"
        aria-describedby={helpId}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setPenDown(false);
        }}
        data-testid="dt-pad"
      />
      <p id={helpId} className={styles.small}>
        Draw with the mouse or a finger. Keyboard: arrow keys move the cursor (Shift for bigger steps), Space inks, Enter puts the pen{' '}
        {penDown ? <strong>down (moving draws; Enter lifts it)</strong> : 'down so moving draws'}, Delete clears.
      </p>
    </div>
  );
}
