'use client';

import { line, scaleLinear } from 'd3';
import { useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Axes } from '@/components/plots/Axes';
import { useWidth } from '@/components/plots/use-width';
import { centre, clampY, DRAW_POINTS, drawX, evaluate, fmt, round, unitValue, X_MAX, X_MIN, Y_LIMIT, type Approximation, type FitError, type Unit } from './model';
import styles from './UniversalApproximator.module.css';

const M = { top: 14, right: 14, bottom: 38, left: 44 };
const SAMPLES = 240;

export type PlotInteraction =
  | { kind: 'units'; selected: number; onSelect: (k: number) => void; onMoveUnit: (k: number, centre: number, height: number) => void; onKey: (e: KeyboardEvent<SVGElement>) => void }
  | { kind: 'draw'; values: readonly number[]; cursor: number; onCursor: (i: number) => void; onDraw: (values: number[]) => void }
  | { kind: 'none' };

interface Props {
  approximation: Approximation;
  h: (x: number) => number;
  error: FitError;
  interaction: PlotInteraction;
  label: string;
}

type P = { x: number; y: number };
const BASE_XS = Array.from({ length: SAMPLES + 1 }, (_, i) => X_MIN + ((X_MAX - X_MIN) * i) / SAMPLES);
/** Offsets from a unit's centre, in units of 1/|c₂|, where σ bends: dense there, sparse in the flat tails. */
const UNIT_OFFSETS = [-9, -6, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 6, 9];
const SUM_OFFSETS = [-4, -2, -1, 0, 1, 2, 4];
const COARSE_XS = Array.from({ length: 21 }, (_, i) => X_MIN + ((X_MAX - X_MIN) * i) / 20);

/** Sample points: `base` plus points around each unit's centre, so a step of any steepness is drawn sharp. */
function samplePoints(base: readonly number[], units: readonly Unit[], offsets: readonly number[]): number[] {
  const extra: number[] = [];
  for (const u of units) {
    const c = centre(u);
    if (c === null) continue;
    const scale = 1 / Math.abs(u.c2);
    for (const o of offsets) {
      const x = c + o * scale;
      if (x > X_MIN && x < X_MAX) extra.push(x);
    }
  }
  return extra.length === 0 ? base.slice() : [...base, ...extra].sort((a, b) => a - b);
}

/** The target, every unit faintly, their sum G bold, and the gap between G and the target shaded. */
export function ApproxPlot({ approximation, h, error, interaction, label }: Props) {
  const [holder, width] = useWidth<HTMLDivElement>(640);
  const W = Math.max(280, width);
  const H = Math.round(Math.min(420, Math.max(250, W * 0.55)));
  const svg = useRef<SVGSVGElement>(null);
  // During a stroke the drawing lives here: several pointer moves may arrive before React re-renders.
  const dragging = useRef<{ last: number | null; values?: number[] } | null>(null);
  // Unit paths by parameters and plot size: moving one unit redraws one path, not all fifty.
  const unitPaths = useRef(new Map<string, string>());
  const clip = useId();

  const x = useMemo(() => scaleLinear().domain([X_MIN, X_MAX]).range([M.left, W - M.right]), [W]);
  const y = useMemo(() => scaleLinear().domain([-Y_LIMIT, Y_LIMIT]).range([H - M.bottom, M.top]), [H]);
  const path = useMemo(
    () =>
      line<P>()
        .x((p) => x(p.x))
        .y((p) => y(Math.max(-4, Math.min(4, p.y)))),
    [x, y],
  );

  const curves = useMemo(() => {
    const xs = samplePoints(BASE_XS, approximation.units, SUM_OFFSETS);
    const target = xs.map((t) => ({ x: t, y: h(t) }));
    const sum = xs.map((t) => ({ x: t, y: evaluate(approximation, t) }));
    const cache = unitPaths.current;
    if (cache.size > 400) cache.clear();
    const units = approximation.units.map((u) => {
      const key = `${W}x${H}:${u.c1},${u.c2},${u.c3}`;
      let d = cache.get(key);
      if (d === undefined) {
        d = path(samplePoints(COARSE_XS, [u], UNIT_OFFSETS).map((t) => ({ x: t, y: unitValue(u, t) }))) ?? '';
        cache.set(key, d);
      }
      return d;
    });
    const gap = `${path(sum)}L${[...target].reverse().map((p) => `${x(p.x)},${y(Math.max(-4, Math.min(4, p.y)))}`).join('L')}Z`;
    return { target: path(target) ?? '', sum: path(sum) ?? '', units, gap };
  }, [approximation, h, path, x, y, W, H]);

  function toData(event: PointerEvent<SVGSVGElement>): P | null {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return null;
    return { x: x.invert(((event.clientX - box.left) / box.width) * W), y: y.invert(((event.clientY - box.top) / box.height) * H) };
  }

  function drawAt(p: P) {
    if (interaction.kind !== 'draw') return;
    const i = Math.max(0, Math.min(DRAW_POINTS - 1, Math.round(((p.x - X_MIN) / (X_MAX - X_MIN)) * (DRAW_POINTS - 1))));
    const next = (dragging.current?.values ?? interaction.values).slice();
    const value = round(clampY(p.y), 3);
    // Fill every column between the previous pointer position and this one, so fast strokes leave no gaps.
    const from = dragging.current?.last ?? i;
    const [a, b] = from <= i ? [from, i] : [i, from];
    for (let j = a; j <= b; j++) {
      next[j] = from === i ? value : round(next[from] + ((value - next[from]) * (j - from)) / (i - from), 3);
    }
    if (dragging.current) {
      dragging.current.last = i;
      dragging.current.values = next;
    }
    interaction.onCursor(i);
    interaction.onDraw(next);
  }

  function onPointer(event: PointerEvent<SVGSVGElement>, start: boolean) {
    const p = toData(event);
    if (!p) return;
    if (interaction.kind === 'draw') {
      if (start) dragging.current = { last: null };
      drawAt(p);
    } else if (interaction.kind === 'units') {
      if (start) {
        // Grab the unit whose handle is nearest the pointer (within 24 px), else the selected one.
        let best = interaction.selected;
        let bestDistance = 24;
        approximation.units.forEach((u, k) => {
          const c = centre(u);
          if (c === null) return;
          const d = Math.hypot(x(c) - x(p.x), y(u.c1 / 2) - y(p.y));
          if (d < bestDistance) {
            bestDistance = d;
            best = k;
          }
        });
        dragging.current = { last: best };
        interaction.onSelect(best);
      }
      const k = dragging.current?.last ?? interaction.selected;
      interaction.onMoveUnit(k, round(Math.min(X_MAX, Math.max(X_MIN, p.x)), 3), round(clampY(p.y) * 2, 3));
    }
  }

  function onDrawKey(event: KeyboardEvent<SVGCircleElement>) {
    if (interaction.kind !== 'draw') return;
    const { cursor, values } = interaction;
    const step = event.shiftKey ? 0.25 : 0.05;
    const set = (v: number) => {
      const next = values.slice();
      next[cursor] = round(clampY(v), 3);
      interaction.onDraw(next);
    };
    if (event.key === 'ArrowLeft') interaction.onCursor(Math.max(0, cursor - 1));
    else if (event.key === 'ArrowRight') interaction.onCursor(Math.min(DRAW_POINTS - 1, cursor + 1));
    else if (event.key === 'ArrowUp') set(values[cursor] + step);
    else if (event.key === 'ArrowDown') set(values[cursor] - step);
    else if (event.key === 'PageUp') set(values[cursor] + 0.5);
    else if (event.key === 'PageDown') set(values[cursor] - 0.5);
    else if (event.key === 'Home') interaction.onCursor(0);
    else if (event.key === 'End') interaction.onCursor(DRAW_POINTS - 1);
    else return;
    event.preventDefault();
  }

  const sel = interaction.kind === 'units' ? interaction.selected : -1;
  const selectedUnit = approximation.units[sel];
  const selectedCentre = selectedUnit ? centre(selectedUnit) : null;

  return (
    <div ref={holder} className={styles.plotHolder}>
      <svg
        ref={svg}
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        className={`plot ${styles.plot} ${interaction.kind === 'draw' ? styles.drawing : ''}`}
        role="group"
        aria-label={label}
        onPointerDown={(e) => {
          if (interaction.kind === 'none') return;
          e.currentTarget.setPointerCapture(e.pointerId);
          onPointer(e, true);
        }}
        onPointerMove={(e) => dragging.current && onPointer(e, false)}
        onPointerUp={() => (dragging.current = null)}
        onPointerCancel={() => (dragging.current = null)}
      >
        <clipPath id={clip}>
          <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
        </clipPath>
        <Axes x={x} y={y} xLabel="x" xTicks={Math.max(3, Math.round(W / 90))} yTicks={6} />
        <g clipPath={`url(#${clip})`}>
          <path className={styles.gap} d={curves.gap} />
          {curves.units.map((d, k) => (
            <path key={k} className={k === sel ? styles.unitSelected : styles.unit} d={d} />
          ))}
          <path className={styles.target} d={curves.target} />
          <path className={`curve ${styles.sum}`} d={curves.sum} />
          <line className={styles.worst} x1={x(error.at)} x2={x(error.at)} y1={y(h(error.at))} y2={y(evaluate(approximation, error.at))} />
        </g>
        {interaction.kind === 'units' &&
          approximation.units.map((u, k) => {
            const c = centre(u);
            if (c === null || c < X_MIN || c > X_MAX || k === sel) return null;
            return <circle key={k} className={styles.handle} cx={x(c)} cy={y(clampY(u.c1 / 2))} r={6} aria-hidden="true" />;
          })}
        {interaction.kind === 'units' && selectedUnit && (
          <circle
            className={styles.handleSelected}
            cx={x(Math.min(X_MAX, Math.max(X_MIN, selectedCentre ?? 0.5)))}
            cy={y(clampY(selectedUnit.c1 / 2))}
            r={10}
            tabIndex={0}
            role="slider"
            aria-label={`Unit ${sel + 1}: position and height`}
            aria-valuemin={X_MIN}
            aria-valuemax={X_MAX}
            aria-valuenow={selectedCentre ?? 0}
            aria-valuetext={`centre x = ${selectedCentre === null ? 'none (flat unit)' : fmt(selectedCentre)}, height c₁ = ${fmt(selectedUnit.c1)}`}
            onKeyDown={interaction.onKey}
          />
        )}
        {interaction.kind === 'draw' && (
          <>
            {interaction.values.map((v, i) => (
              <circle key={i} className={styles.drawPoint} cx={x(drawX(i))} cy={y(v)} r={3.5} aria-hidden="true" />
            ))}
            <circle
              className={styles.handleSelected}
              cx={x(drawX(interaction.cursor))}
              cy={y(interaction.values[interaction.cursor])}
              r={9}
              tabIndex={0}
              role="slider"
              aria-label="Drawing pen: ← → pick a point, ↑ ↓ move it"
              aria-valuemin={-Y_LIMIT}
              aria-valuemax={Y_LIMIT}
              aria-valuenow={interaction.values[interaction.cursor]}
              aria-valuetext={`h(${fmt(drawX(interaction.cursor))}) = ${fmt(interaction.values[interaction.cursor])}`}
              onKeyDown={onDrawKey}
            />
          </>
        )}
      </svg>
    </div>
  );
}
