'use client';

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { fmt } from './model';
import styles from './Conv1d.module.css';

export interface Bar {
  key: string;
  /** Column on the shared position axis. */
  col: number;
  /** null draws an empty, dashed slot (an output not computed yet, or a zero outside the signal). */
  value: number | null;
  /** Spoken name, e.g. "x(2)". */
  name: string;
  emphasis?: boolean;
}

interface BarsProps {
  bars: readonly Bar[];
  cols: number;
  width: number;
  height: number;
  /** The value axis runs from min (bottom) to max (top); both include 0. */
  min: number;
  max: number;
  tone: 'signal' | 'kernel' | 'output';
  label: string;
  /** Shift of the whole row in columns, animated unless the reader prefers reduced motion. */
  shift?: number;
  /** Makes each bar a slider: drag it or use the arrow keys. */
  onSet?: (barIndex: number, value: number) => void;
  /** Print each bar's name (e.g. x(2)) along the bottom edge when there is room. */
  named?: boolean;
  testId?: string;
}

const PAD = 18;

/** One row of bars on the shared position axis, with its zero line. */
export function Bars({ bars, cols, width, height, min, max, tone, label, shift = 0, onSet, named = false, testId }: BarsProps) {
  const cw = width / cols;
  const top = PAD;
  const bottom = height - PAD;
  const y = (v: number) => bottom - ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * (bottom - top);
  const mid = y(0);
  const dragging = useRef<number | null>(null);
  const showNumbers = cw >= 24;
  const font = Math.max(11, Math.min(18, cw * 0.22));

  function valueAt(e: PointerEvent<SVGSVGElement>): number {
    const box = e.currentTarget.getBoundingClientRect();
    const py = ((e.clientY - box.top) / box.height) * height;
    return Math.round((min + ((bottom - py) / (bottom - top)) * (max - min)) * 10) / 10;
  }

  function barAt(e: PointerEvent<SVGSVGElement>): number | null {
    const box = e.currentTarget.getBoundingClientRect();
    const col = Math.floor(((e.clientX - box.left) / box.width) * cols) - shift;
    const index = bars.findIndex((b) => b.col === col);
    return index >= 0 ? index : null;
  }

  function onKeyDown(index: number, e: KeyboardEvent<SVGGElement>) {
    if (!onSet) return;
    const v = bars[index].value ?? 0;
    const step = e.shiftKey ? 0.1 : 1;
    const next = e.key === 'ArrowUp' || e.key === 'ArrowRight' ? v + step : e.key === 'ArrowDown' || e.key === 'ArrowLeft' ? v - step : e.key === 'Home' ? 0 : null;
    if (next === null) return;
    e.preventDefault();
    onSet(index, Math.round(next * 1000) / 1000);
  }

  return (
    <svg
      className={`${styles.bars} ${onSet ? styles.editable : ''}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      data-testid={testId}
      onPointerDown={(e) => {
        if (!onSet) return;
        const index = barAt(e);
        if (index === null) return;
        dragging.current = index;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        onSet(index, valueAt(e));
      }}
      onPointerMove={(e) => {
        if (onSet && dragging.current !== null) onSet(dragging.current, valueAt(e));
      }}
      onPointerUp={() => {
        dragging.current = null;
      }}
      onPointerCancel={() => {
        dragging.current = null;
      }}
    >
      <line className={styles.zero} x1={0} x2={width} y1={mid} y2={mid} />
      {named &&
        cw >= 30 &&
        bars.map((b) => (
          <text key={`n${b.key}`} className={styles.name} x={(b.col + shift + 0.5) * cw} y={height - 2}>
            {b.name}
          </text>
        ))}
      <g className={styles.shifting} style={{ transform: `translateX(${shift * cw}px)` }}>
        {bars.map((b, i) => {
          const x = b.col * cw + cw * 0.15;
          const w = cw * 0.7;
          if (b.value === null) {
            return <rect key={b.key} className={styles.slot} x={x} y={mid - 3} width={w} height={6} />;
          }
          const barTop = Math.min(y(b.value), mid);
          const h = Math.max(1.5, Math.abs(y(b.value) - mid));
          const bar = (
            <>
              <rect className={`${styles.bar} ${styles[tone]} ${b.emphasis ? styles.emphasis : ''}`} x={x} y={barTop} width={w} height={h} />
              {showNumbers && (
                <text className={styles.value} fontSize={font} x={x + w / 2} y={b.value >= 0 ? barTop - 4 : barTop + h + font}>
                  {fmt(b.value)}
                </text>
              )}
            </>
          );
          if (!onSet) return <g key={b.key}>{bar}</g>;
          return (
            <g
              key={b.key}
              role="slider"
              tabIndex={0}
              className={styles.handle}
              aria-label={b.name}
              aria-valuenow={b.value}
              aria-valuetext={`${b.name} = ${fmt(b.value)}`}
              aria-valuemin={-100}
              aria-valuemax={100}
              onKeyDown={(e) => onKeyDown(i, e)}
            >
              <rect className={styles.hit} x={b.col * cw} y={0} width={cw} height={height} />
              {bar}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
