'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { decode, defaults, mergeIntoSearch, type Schema, type StateOf } from './schema';

export interface UrlState<S extends Schema> {
  state: StateOf<S>;
  /** Merge a partial update into the state; the URL follows a moment later. */
  update: (patch: Partial<StateOf<S>>) => void;
  /** Back to every default, notices cleared. */
  reset: () => void;
  /** Notices about URL values that were ignored (see schema.ts). */
  notices: string[];
  dismissNotices: () => void;
  /** The full address of this exact demo. */
  link: () => string;
}

// Browsers throttle history.replaceState when it is called on every pointer move, so URL writes
// are coalesced; the state itself updates at once.
const URL_WRITE_DELAY_MS = 200;

/**
 * A widget's settings, mirrored in the query string with `history.replaceState` (no new history
 * entries). The first render uses the defaults, so the static HTML matches; the URL is read on
 * mount.
 */
export function useUrlState<S extends Schema>(prefix: string, schema: S): UrlState<S> {
  const [state, setState] = useState<StateOf<S>>(() => defaults(schema));
  const [notices, setNotices] = useState<string[]>([]);
  const latest = useRef(state);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const decoded = decode(prefix, schema, new URLSearchParams(window.location.search));
    latest.current = decoded.state;
    setState(decoded.state);
    setNotices(decoded.notices);
    // The schema is a module constant; reading the URL once on mount is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prefix]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const writeUrl = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const { pathname, hash, search } = window.location;
      const next = mergeIntoSearch(search, prefix, schema, latest.current);
      if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
    }, URL_WRITE_DELAY_MS);
  }, [prefix, schema]);

  const update = useCallback(
    (patch: Partial<StateOf<S>>) => {
      latest.current = { ...latest.current, ...patch };
      setState(latest.current);
      writeUrl();
    },
    [writeUrl],
  );

  const reset = useCallback(() => {
    latest.current = defaults(schema);
    setState(latest.current);
    setNotices([]);
    writeUrl();
  }, [schema, writeUrl]);

  const link = useCallback(() => {
    const { origin, pathname, search } = window.location;
    return `${origin}${pathname}${mergeIntoSearch(search, prefix, schema, latest.current)}`;
  }, [prefix, schema]);

  const dismissNotices = useCallback(() => setNotices([]), []);

  return { state, update, reset, notices, dismissNotices, link };
}
