'use client';

import { useEffect } from 'react';

// Wide formulas, code and tables scroll sideways on a phone. A keyboard user can only scroll a box
// that can take focus, so every such box that actually overflows is made focusable (and named);
// boxes that fit are left out of the tab order.
const SELECTOR = 'pre, .katex-display, .table-scroll, .figure-body';

function update() {
  for (const el of document.querySelectorAll<HTMLElement>(SELECTOR)) {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset.scrollFocus = '';
      if (!el.hasAttribute('aria-label') && el.tagName !== 'PRE') {
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', el.classList.contains('katex-display') ? 'Formula, scrolls sideways' : 'Scrolls sideways');
      }
    } else if (!scrolls && 'scrollFocus' in el.dataset) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset.scrollFocus;
    }
  }
}

export function ScrollableRegions() {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('resize', schedule);
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, []);
  return null;
}
