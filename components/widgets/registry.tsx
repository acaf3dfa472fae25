'use client';

// Every widget an MDX chapter may place, by the tag name authors use. Each loads lazily: its code
// is a separate chunk fetched when the reader scrolls near it.
import { lazyWidget } from './frame/lazy-widget';

export const ActivationExplorer = lazyWidget(() => import('./activation-explorer/Widget'), {
  id: 'activation-explorer',
  title: 'Activation explorer',
  minHeight: 620,
});

export const BackpropStepper = lazyWidget(() => import('./backprop-stepper/Widget'), {
  id: 'backprop-stepper',
  title: 'Backpropagation, step by step',
  minHeight: 900,
});
