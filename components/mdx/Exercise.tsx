import type { ReactNode } from 'react';

/** A self-check question. Put a <Solution> inside; it stays folded until the reader opens it. */
export function Exercise({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="exercise" aria-label={title ? `Exercise: ${title}` : 'Exercise'}>
      <p className="exercise-title">Exercise{title ? `: ${title}` : ''}</p>
      {children}
    </section>
  );
}

export function Solution({ children }: { children: ReactNode }) {
  return (
    <details className="solution">
      <summary>Show the solution</summary>
      <div className="solution-body">{children}</div>
    </details>
  );
}
