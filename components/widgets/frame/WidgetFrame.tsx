'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary';

export interface WidgetFrameProps {
  /** The widget's anchor id (carried by its lazy slot); the copied link ends in #id. */
  id: string;
  title: string;
  /** One sentence under the title: what to try. */
  hint?: ReactNode;
  onReset: () => void;
  /** The address of this exact demo, without the #anchor. */
  link: () => string;
  notices?: readonly string[];
  onDismissNotices?: () => void;
  children: ReactNode;
}

/**
 * The frame every widget lives in: title, Reset, projector mode, "copy link to this exact demo",
 * notices about ignored URL values, and an error boundary.
 */
export function WidgetFrame({ id, title, hint, onReset, link, notices = [], onDismissNotices, children }: WidgetFrameProps) {
  const frame = useRef<HTMLElement>(null);
  const projectorButton = useRef<HTMLButtonElement>(null);
  const [projector, setProjector] = useState(false);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const [resetCount, setResetCount] = useState(0);

  const reset = useCallback(() => {
    onReset();
    setResetCount((n) => n + 1);
  }, [onReset]);

  const leaveProjector = useCallback(() => {
    setProjector(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    projectorButton.current?.focus();
  }, []);

  useEffect(() => {
    if (!projector) return;
    document.body.classList.add('projector-open');
    frame.current?.focus();
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') leaveProjector();
    }
    function onFullscreenChange() {
      // Leaving browser fullscreen (e.g. with F11 or Esc) also leaves projector mode.
      if (!document.fullscreenElement) setProjector(false);
    }
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.body.classList.remove('projector-open');
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [projector, leaveProjector]);

  function enterProjector() {
    setProjector(true);
    // Real fullscreen where the browser allows it; the CSS overlay works without it.
    frame.current?.requestFullscreen?.().catch(() => undefined);
  }

  async function copyLink() {
    const url = `${link()}#${id}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied. It opens this demo with exactly these settings.');
    } catch {
      setCopyStatus(`Copy this link: ${url}`);
    }
  }

  return (
    <section
      ref={frame}
      className={projector ? 'widget-frame projector' : 'widget-frame'}
      aria-labelledby={`${id}-title`}
      tabIndex={projector ? -1 : undefined}
      data-widget={id}
    >
      <header className="widget-header">
        <div>
          <p className="widget-title" id={`${id}-title`}>
            {title}
          </p>
          {hint && <p className="widget-hint">{hint}</p>}
        </div>
        <div className="widget-tools">
          <button type="button" className="widget-button" onClick={reset}>
            Reset
          </button>
          <button type="button" className="widget-button" onClick={copyLink}>
            Copy link
          </button>
          <button
            type="button"
            ref={projectorButton}
            className="widget-button"
            aria-pressed={projector}
            onClick={projector ? leaveProjector : enterProjector}
          >
            {projector ? 'Exit projector' : 'Projector'}
          </button>
        </div>
      </header>
      {notices.length > 0 && (
        <div className="widget-notice" role="status">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          {onDismissNotices && (
            <button type="button" className="widget-button" onClick={onDismissNotices}>
              Dismiss
            </button>
          )}
        </div>
      )}
      <p className="widget-copy-status" role="status">
        {copyStatus}
      </p>
      <WidgetErrorBoundary key={resetCount} onReset={reset}>
        <div className="widget-body">{children}</div>
      </WidgetErrorBoundary>
    </section>
  );
}
