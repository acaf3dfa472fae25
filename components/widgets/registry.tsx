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

export const GradientFlow = lazyWidget(() => import('./gradient-flow/Widget'), {
  id: 'gradient-flow',
  title: 'Gradient flow through ten layers',
  minHeight: 1500,
});

export const XoPipeline = lazyWidget(() => import('./xo-pipeline/Widget'), {
  id: 'xo-pipeline',
  title: 'The X/O pipeline: convolution, ReLU, max-pool',
  minHeight: 1100,
});

export const LayerShapes = lazyWidget(() => import('./layer-shapes/Widget'), {
  id: 'layer-shapes',
  title: 'Layer shapes and parameter counts',
  minHeight: 1200,
});

export const UniversalApproximator = lazyWidget(() => import('./universal-approximator/Widget'), {
  id: 'universal-approximator',
  title: 'Universal approximator',
  minHeight: 1200,
});

export const NeuronPlayground = lazyWidget(() => import('./neuron-playground/Widget'), {
  id: 'neuron-playground',
  title: 'Neuron playground',
  minHeight: 1000,
});

export const MatrixForward = lazyWidget(() => import('./matrix-forward/Widget'), {
  id: 'matrix-forward',
  title: 'Forward pass in matrix form',
  minHeight: 760,
});

export const ConvArithmetic = lazyWidget(() => import('./conv-arithmetic/Widget'), {
  id: 'conv-arithmetic',
  title: 'Padding, stride and pooling arithmetic',
  minHeight: 1100,
});

export const Conv2d = lazyWidget(() => import('./conv-2d/Widget'), {
  id: 'conv-2d',
  title: '2D convolution, live',
  minHeight: 1300,
});

export const ResnetEuler = lazyWidget(() => import('./resnet-euler/Widget'), {
  id: 'resnet-euler',
  title: 'ResNet as forward Euler',
  minHeight: 1300,
});

export const DigitsTrainer = lazyWidget(() => import('./digits-trainer/Widget'), {
  id: 'digits-trainer',
  title: 'Train a digits classifier',
  minHeight: 900,
});

export const Conv1d = lazyWidget(() => import('./conv-1d/Widget'), {
  id: 'conv-1d',
  title: '1D convolution, step by step',
  minHeight: 900,
});

export const GridSearch = lazyWidget(() => import('./grid-search/Widget'), {
  id: 'grid-search',
  title: 'Grid search over η and λ',
  minHeight: 980,
});

export const MinibatchNoise = lazyWidget(() => import('./minibatch-noise/Widget'), {
  id: 'minibatch-noise',
  title: 'Minibatch noise: batch sizes 1, 32 and 1437',
  minHeight: 820,
});

export const SequenceWindows = lazyWidget(() => import('./seq-windows/Widget'), {
  id: 'seq-windows',
  title: 'Sequence windows and batches',
  minHeight: 820,
});

export const IteratedMapExplorer = lazyWidget(() => import('./iterated-map/Widget'), {
  id: 'iterated-map',
  title: 'The iterated map f(x) = 3x(1 − x)',
  minHeight: 900,
});

export const LstmGates = lazyWidget(() => import('./lstm-gates/Widget'), {
  id: 'lstm-gates',
  title: 'LSTM gates, step by step',
  minHeight: 1100,
});

export const OdeTrialSolver = lazyWidget(() => import('./ode-trial/Widget'), {
  id: 'ode-trial',
  title: 'Solving g′ = −γg with a network',
  minHeight: 1250,
});

export const ConvPoly = lazyWidget(() => import('./conv-poly/Widget'), {
  id: 'conv-poly',
  title: 'Multiplying polynomials is convolution',
  minHeight: 900,
});

export const FourierSeries = lazyWidget(() => import('./fourier-series/Widget'), {
  id: 'fourier-series',
  title: 'Fourier series and the convolution theorem',
  minHeight: 1000,
});
