import type { ReactNode } from 'react';

/**
 * A numbered figure ("Figure 3.2") with a caption. The drawing is any child: an SVG figure
 * component from components/figures, a table, or an image. `number` is filled in at build time by
 * lib/mdx/remark-numbering.mjs; prose cites the figure with <FigRef id="…" />.
 */
export function Figure({ id, number, caption, children, wide = false }: { id?: string; number?: string; caption: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <figure id={id} className={wide ? 'figure figure-wide' : 'figure'}>
      <div className="figure-body">{children}</div>
      <figcaption>
        {number && <span className="figure-number">Figure {number}. </span>}
        {caption}
      </figcaption>
    </figure>
  );
}

/** "Figure 3.2", linking to the figure with that id in the same chapter. */
export function FigRef({ id, number }: { id: string; number?: string }) {
  return (
    <a className="figref" href={`#${id}`}>
      Figure&nbsp;{number}
    </a>
  );
}
