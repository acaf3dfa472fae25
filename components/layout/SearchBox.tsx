'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { searchBook, type SearchHit } from './pagefind';

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: SearchHit[] } | { kind: 'error' };

/** Full-text search over the built book. Press "/" anywhere to focus it, Escape to close. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const resultsId = useId();

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    }
    function onPointer(e: PointerEvent) {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    }
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setStatus({ kind: 'idle' });
      return;
    }
    let live = true;
    setStatus({ kind: 'searching' });
    searchBook(q)
      .then((hits) => {
        if (live && hits) setStatus({ kind: 'done', hits });
      })
      .catch(() => live && setStatus({ kind: 'error' }));
    return () => {
      live = false;
    };
  }, [query]);

  const showPanel = open && status.kind !== 'idle';

  return (
    <div className="search" ref={root} role="search">
      <label htmlFor={`${resultsId}-input`} className="visually-hidden">
        Search the book
      </label>
      <input
        id={`${resultsId}-input`}
        ref={input}
        type="search"
        placeholder="Search  /"
        autoComplete="off"
        value={query}
        aria-controls={resultsId}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          }
        }}
      />
      <div id={resultsId} className="search-panel" hidden={!showPanel}>
        <p className="search-status" aria-live="polite">
          {status.kind === 'searching' && 'Searching…'}
          {status.kind === 'error' && 'The search index is not available. It is built by “npm run build”.'}
          {status.kind === 'done' && (status.hits.length === 0 ? 'No matches.' : `${status.hits.length} matches`)}
        </p>
        {status.kind === 'done' && status.hits.length > 0 && (
          <ul className="search-results">
            {status.hits.map((hit) => (
              <li key={hit.url}>
                <a href={hit.url} onClick={() => setOpen(false)}>
                  <span className="search-title">{hit.title}</span>
                  <span className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
