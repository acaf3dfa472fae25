'use client';

// Every widget an MDX chapter may place, by the tag name authors use. Each loads lazily: its code
// is a separate chunk fetched when the reader scrolls near it.
import { lazyWidget } from './frame/lazy-widget';

export const ActivationExplorer = lazyWidget(() => import('./activation-explorer/Widget'), {
  title: 'Activation explorer',
  minHeight: 620,
});
