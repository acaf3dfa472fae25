import type { ReactNode } from 'react';
import { ChapterNav } from './ChapterNav';

/**
 * Page frame: the chapter list beside the content on wide screens, folded into a disclosure at the
 * top on narrow ones. Both are plain HTML, so navigation works with JavaScript off.
 */
export function BookShell({ current, aside, children }: { current?: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <div className={aside ? 'shell has-aside' : 'shell'}>
      <aside className="shell-sidebar">
        <details className="chapter-menu">
          <summary>Chapters</summary>
          <ChapterNav current={current} />
        </details>
        <div className="chapter-nav-wide">
          <ChapterNav current={current} />
        </div>
      </aside>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      {aside && <aside className="shell-aside">{aside}</aside>}
    </div>
  );
}
