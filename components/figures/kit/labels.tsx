// Math-style labels and arrowheads for the figures (recurrent networks, autoencoders and GANs).
// Server components only (no state), so figures render to static SVG at build time.
import type { ReactNode } from 'react';

const MATH_ITALIC = "KaTeX_Math, 'Times New Roman', serif";
const MATH_BOLD = "KaTeX_Main, 'Times New Roman', serif";

export interface MathLabelProps {
  x: number;
  y: number;
  /** The symbol, e.g. "h". */
  base: string;
  sub?: string;
  sup?: string;
  /** Bold upright, as the book typesets vectors and matrices (𝐡, 𝐖). */
  bold?: boolean;
  /** An accent drawn above a one-letter base: x̂ ('hat') or x̃ ('tilde'). */
  accent?: 'hat' | 'tilde';
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
}

/** A symbol with an optional subscript or superscript, typeset like the chapter's KaTeX. */
export function MathLabel({ x, y, base, sub, sup, bold = false, accent, size = 20, anchor = 'middle', fill = 'var(--fg)' }: MathLabelProps) {
  const small = Math.round(size * 0.72);
  // Centre of the base letter, for the accent: it sits half a letter in from the anchor.
  const letterCentre = anchor === 'start' ? x + size * 0.28 : anchor === 'end' ? x - size * 0.28 : x;
  const label = (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={size}
      fill={fill}
      fontFamily={bold ? MATH_BOLD : MATH_ITALIC}
      fontWeight={bold ? 700 : 400}
      fontStyle={bold ? 'normal' : 'italic'}
    >
      {base}
      {sup !== undefined && (
        <tspan fontSize={small} dy={-size * 0.38} fontFamily={MATH_ITALIC} fontWeight={400} fontStyle="italic">
          {sup}
        </tspan>
      )}
      {sub !== undefined && (
        <tspan fontSize={small} dy={sup !== undefined ? size * 0.7 : size * 0.3} fontFamily={MATH_ITALIC} fontWeight={400} fontStyle="italic">
          {sub}
        </tspan>
      )}
    </text>
  );
  if (accent === undefined) return label;
  return (
    <g>
      {label}
      <text x={letterCentre} y={y + size * 0.02} textAnchor="middle" fontSize={size} fill={fill} fontFamily={MATH_BOLD}>
        {accent === 'hat' ? 'ˆ' : '˜'}
      </text>
    </g>
  );
}

/** An arrowhead marker; reference it with markerEnd={`url(#${id})`}. Ids must be unique per page. */
export function ArrowMarker({ id, color = 'var(--fg)' }: { id: string; color?: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" fill={color} />
    </marker>
  );
}

/** Plain text in the figure's sans-serif font. */
export function Label({
  x,
  y,
  children,
  size = 15,
  anchor = 'middle',
  weight = 400,
  fill = 'var(--fg)',
}: {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: number;
  fill?: string;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fontWeight={weight} fill={fill}>
      {children}
    </text>
  );
}
