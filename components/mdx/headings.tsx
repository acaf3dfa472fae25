import Link from 'next/link';
import type { ComponentProps } from 'react';

// Section headings get a "#" link to themselves, so a reader can copy a link to any section.
// The ids are set at build time by lib/mdx/remark-headings.mjs.

export function H2({ id, children, ...rest }: ComponentProps<'h2'>) {
  return (
    <h2 id={id} {...rest}>
      {children}
      {id && <AnchorLink id={id} />}
    </h2>
  );
}

export function H3({ id, children, ...rest }: ComponentProps<'h3'>) {
  return (
    <h3 id={id} {...rest}>
      {children}
      {id && <AnchorLink id={id} />}
    </h3>
  );
}

function AnchorLink({ id }: { id: string }) {
  return (
    <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section">
      #
    </a>
  );
}

/** Wide tables scroll inside their own box instead of widening the page on a phone. */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-scroll">
      <table {...props} />
    </div>
  );
}

/**
 * Links in the text. Site-absolute links (/chapters/…) go through Next's <Link>, which adds the
 * base path when the book is served from a sub-folder.
 */
export function TextLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link prefetch={false} href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
