'use client';

import katex from 'katex';
import { useMemo } from 'react';

/**
 * TeX typeset in the browser, for formulas whose numbers change as the reader plays. (Formulas in
 * the text are typeset at build time; this is only for live widgets, whose code loads lazily.)
 */
export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [tex, display],
  );
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
