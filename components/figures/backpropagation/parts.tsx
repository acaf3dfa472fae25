import type { ReactNode } from 'react';

// Small SVG pieces shared by the backpropagation figures: an arrowhead marker, a line between two
// circles that stops at their rims, and a text label on a rounded background ("pill").

export interface Point {
  x: number;
  y: number;
}

/** An arrowhead marker; reference it with `markerEnd={`url(#${id})`}`. Ids must be unique per page. */
export function ArrowMarker({ id, color = 'var(--fg-muted)' }: { id: string; color?: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={color} />
    </marker>
  );
}

/** The segment from circle `a` to circle `b` (both of radius `r`), shortened so it starts and ends on the rims. */
export function rimToRim(a: Point, b: Point, r: number, endGap = 0): { x1: number; y1: number; x2: number; y2: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  return { x1: a.x + ux * r, y1: a.y + uy * r, x2: b.x - ux * (r + endGap), y2: b.y - uy * (r + endGap) };
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Text centred on a rounded box in the page background, so it stays legible on top of lines. */
export function Pill({ at, text, width, size = 20, color = 'var(--fg)', border = 'var(--border)' }: {
  at: Point;
  text: ReactNode;
  width: number;
  size?: number;
  color?: string;
  border?: string;
}) {
  const height = size * 1.5;
  return (
    <g>
      <rect x={at.x - width / 2} y={at.y - height / 2} width={width} height={height} rx={height / 2} fill="var(--bg)" stroke={border} />
      <text x={at.x} y={at.y} dy="0.35em" textAnchor="middle" fontSize={size} fill={color}>
        {text}
      </text>
    </g>
  );
}

/**
 * Text with subscripts written as `_{…}` and superscripts as `^{…}`, e.g. "δ_{j} = f′(z_{j})", as
 * tspans inside an SVG <text>. SVG has no layout for indices, so each one is a shifted, smaller tspan.
 */
export function Rich({ text }: { text: string }) {
  const parts = text.split(/([_^]\{[^}]*\})/).filter((p) => p !== '');
  let shift = 0; // em of the surrounding text the baseline is currently moved down by
  return (
    <>
      {parts.map((part, i) => {
        const index = /^([_^])\{([^}]*)\}$/.exec(part);
        const target = index ? (index[1] === '_' ? 0.22 : -0.38) : 0;
        const dy = target - shift;
        shift = target;
        const dyAttr = dy === 0 ? undefined : `${(index ? dy / 0.72 : dy).toFixed(3)}em`;
        return (
          <tspan key={i} dy={dyAttr} fontSize={index ? '0.72em' : undefined}>
            {index ? index[2] : part}
          </tspan>
        );
      })}
    </>
  );
}
