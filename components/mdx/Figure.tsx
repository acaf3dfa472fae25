import type { ReactNode } from 'react';

/**
 * A numbered figure ("Figure 3.2") with a caption. The drawing is any child: an SVG figure
 * component from components/figures, a table, or an image. Numbers come from a CSS counter.
 */
export function Figure({ id, caption, children, wide = false }: { id?: string; caption: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <figure id={id} className={wide ? 'figure figure-wide' : 'figure'}>
      <div className="figure-body">{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
