// Drawing helpers for plotted figures: scales, paths and the accessible <svg> wrapper.
// Pure functions and server components only (figures render at build time).
import type { ReactNode } from 'react';

export type Scale = (v: number) => number;

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Maps [d0, d1] (both > 0) onto [r0, r1] on a base-10 logarithmic axis. */
export function logScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const inner = linearScale(Math.log10(d0), Math.log10(d1), r0, r1);
  return (v) => inner(Math.log10(v));
}

/** An SVG path through the points, in order. */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`).join('');
}

/** Samples f on [a, b] at n + 1 evenly spaced points. */
export function sampleCurve(f: (x: number) => number, a: number, b: number, n = 200): [number, number][] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = a + ((b - a) * i) / n;
    return [x, f(x)];
  });
}

/** "10⁻⁴" for exponent −4: tick labels on log axes without math typesetting. */
export function powerOfTen(exponent: number): string {
  const sup: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent).split('').map((c) => sup[c]).join('')}`;
}

interface FigureSvgProps {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  children: ReactNode;
}

/** The accessible frame every figure uses: a titled, described <svg> in the theme's font. */
export function FigureSvg({ id, width, height, title, desc, children }: FigureSvgProps) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontFamily="var(--font-sans)"
      fontSize={16}
      fill="var(--fg)"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}
