import type { ReactNode } from 'react';

export type CalloutKind = 'note' | 'tip' | 'warning' | 'correction';

const DEFAULT_TITLE: Record<CalloutKind, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Pitfall',
  // Used where the lecture notes contain a typo or an error, to say what the correct version is.
  correction: 'Correction to the notes',
};

const ICON: Record<CalloutKind, string> = { note: 'ℹ', tip: '✓', warning: '!', correction: '✎' };

export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? DEFAULT_TITLE[kind]}>
      <p className="callout-title">
        <span className="callout-icon" aria-hidden="true">
          {ICON[kind]}
        </span>
        {title ?? DEFAULT_TITLE[kind]}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
