'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';

export interface LazyWidgetOptions {
  /** Anchor id of the widget: the slot carries it, so a link to #id works before the code loads. */
  id: string;
  title: string;
  /** Height reserved before the widget loads, so the page doesn't jump when it appears. */
  minHeight: number;
}

/**
 * Wraps a widget so its code is fetched only when the reader scrolls near it. Until then a box of
 * the widget's size stands in, which also says what the widget does for readers without
 * JavaScript.
 */
export function lazyWidget<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, options: LazyWidgetOptions) {
  const Widget = lazy(load);

  function LazyWidget(props: P) {
    const holder = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);

    useEffect(() => {
      const element = holder.current;
      if (!element || typeof IntersectionObserver === 'undefined') {
        setNear(true);
        return;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: '600px 0px' },
      );
      observer.observe(element);
      return () => observer.disconnect();
    }, []);

    const placeholder = <WidgetPlaceholder title={options.title} minHeight={options.minHeight} />;
    return (
      <div ref={holder} id={options.id} className="widget-slot" data-widget-slot={options.id} style={{ minHeight: options.minHeight }}>
        {near ? <Suspense fallback={placeholder}>{<Widget {...props} />}</Suspense> : placeholder}
      </div>
    );
  }
  LazyWidget.displayName = `Lazy(${options.title})`;
  return LazyWidget;
}

function WidgetPlaceholder({ title, minHeight }: Omit<LazyWidgetOptions, 'id'>) {
  return (
    <div className="widget-placeholder" style={{ minHeight }}>
      <p className="widget-title">{title}</p>
      <p className="widget-placeholder-text">
        Interactive widget. It loads when it scrolls into view and needs JavaScript; the surrounding text explains
        the same idea.
      </p>
    </div>
  );
}
