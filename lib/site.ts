// Site-wide constants shared by server and client code.

export const SITE_TITLE = 'Neural Networks, Live';
export const SITE_DESCRIPTION =
  'An interactive textbook on neural networks: every formula typeset, every idea a live widget that computes the real numbers.';

/** The sub-folder the site is served from ('' at the domain root), fixed at build time. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Prefixes a site-absolute path with the base path, for URLs Next's <Link> doesn't rewrite. */
export function withBasePath(path: string): string {
  return `${BASE_PATH}${path}`;
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}
