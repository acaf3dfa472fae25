import type { ReactNode } from 'react';

/**
 * A numbered display equation. `number` is filled in at build time by lib/mdx/remark-numbering.mjs
 * from the order of <Equation> blocks in the chapter; authors only give a `label` to refer to it
 * with <EqRef label="…" />.
 */
export function Equation({ label, number, children }: { label?: string; number?: string; children: ReactNode }) {
  return (
    <div className="equation" id={label ? equationId(label) : undefined}>
      <div className="equation-body">{children}</div>
      <span className="equation-number">({number})</span>
    </div>
  );
}

/** "(3)", linking to the equation labelled `label` in the same chapter. */
export function EqRef({ label, number }: { label: string; number?: string }) {
  return (
    <a className="eqref" href={`#${equationId(label)}`}>
      ({number})
    </a>
  );
}

export function equationId(label: string): string {
  return `eq-${label}`;
}
