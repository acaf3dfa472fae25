// Math symbols with sub- and superscripts, labels and an arrowhead, for the figures of chapters 1
// and 2. Not MDX tags: only a chapter folder's index.ts defines those.
import type { ReactNode, SVGProps } from 'react';

export const MATH_FONT = "KaTeX_Math, 'Times New Roman', serif";
export const TEXT_FONT = 'var(--font-sans)';

/**
 * An italic math symbol with an optional subscript and superscript, e.g. <Sym s="w" sub="1" />
 * draws w₁ the way KaTeX would. Font sizes stay at 14 units or more so they read on a phone.
 */
export function Sym({
  s,
  sub,
  sup,
  size = 20,
  upright = false,
  ...rest
}: { s: ReactNode; sub?: ReactNode; sup?: ReactNode; size?: number; upright?: boolean } & SVGProps<SVGTextElement>) {
  const small = Math.max(14, Math.round(size * 0.72));
  return (
    <text fontFamily={MATH_FONT} fontStyle={upright ? 'normal' : 'italic'} fontSize={size} fill="var(--fg)" {...rest}>
      {s}
      {sup !== undefined && (
        <tspan fontSize={small} dy={-size * 0.45}>
          {sup}
        </tspan>
      )}
      {sub !== undefined && (
        <tspan fontSize={small} dy={sup !== undefined ? size * 0.75 : size * 0.3} dx={sup !== undefined ? -small * 0.55 : 0}>
          {sub}
        </tspan>
      )}
    </text>
  );
}

/** Plain sans-serif label text. */
export function Label({ children, size = 16, ...rest }: { children: ReactNode; size?: number } & SVGProps<SVGTextElement>) {
  return (
    <text fontFamily={TEXT_FONT} fontSize={size} fill="var(--fg)" {...rest}>
      {children}
    </text>
  );
}

/** An arrowhead for marker-end, coloured like the line that uses it (context-stroke). */
export function ArrowMarker({ id, color = 'var(--fg-muted)' }: { id: string; color?: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={color} />
    </marker>
  );
}
