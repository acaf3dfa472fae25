'use client';

import { useEffect } from 'react';

/**
 * Marks the section being read in the "On this page" list (aria-current="location"). The list
 * itself is static HTML; this only moves one attribute as the reader scrolls.
 */
export function SectionSpy() {
  useEffect(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')];
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<string>();
    let current: string | null = null;

    function mark(id: string | null) {
      if (id === current) return;
      current = id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.section-list a')) {
        if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    }

    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target.id);
          else visible.delete(e.target.id);
        }
        // The first heading in the top part of the screen, else the last one scrolled past.
        const inView = headings.find((h) => visible.has(h.id));
        const passed = headings.filter((h) => h.getBoundingClientRect().top < 0).pop();
        mark(inView?.id ?? passed?.id ?? null);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    headings.forEach((h) => observer.observe(h));
    return () => observer.disconnect();
  }, []);
  return null;
}
