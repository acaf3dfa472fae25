import type { ReactNode } from 'react';

/** Optional depth: a derivation or aside the reader can open, closed by default. */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="deep-dive">
      <summary>
        <span className="deep-dive-label">Deep dive</span> {title}
      </summary>
      <div className="deep-dive-body">{children}</div>
    </details>
  );
}
