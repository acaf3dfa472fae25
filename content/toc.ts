// The book's table of contents: the single source of chapter order, URL slug, title and summary.
// The sidebar, the front page, previous/next links and the static route list all read it.
// Adding a chapter = one entry here + one `content/<slug>.mdx` file.

export interface Chapter {
  /** URL path segment: /chapters/<slug>/ and the file content/<slug>.mdx */
  readonly slug: string;
  readonly title: string;
  /** One line for the front page and the sidebar's tooltip. */
  readonly summary: string;
}

export const chapters = [
  {
    slug: 'neurons',
    title: 'Neurons and activation functions',
    summary: 'One neuron computes f(w·x + b). The perceptron, and every activation a network uses, with its derivative.',
  },
  {
    slug: 'multilayer-perceptron',
    title: 'Multilayer perceptrons',
    summary: 'Layers of neurons in matrix form, why they need non-linear activations, and the universal approximation theorem.',
  },
  {
    slug: 'backpropagation',
    title: 'Backpropagation',
    summary: 'The four equations that give every gradient of a network in one backward pass, worked through with real numbers.',
  },
  {
    slug: 'training',
    title: 'Costs, gradient descent and regularization',
    summary: 'Cross-entropy and softmax, minibatch SGD, L2 and dropout, and a digits classifier trained from scratch.',
  },
  {
    slug: 'unstable-gradients',
    title: 'Activations, initialization and unstable gradients',
    summary: 'Why deep networks stop learning, how Glorot and He initialization fix it, and which activation to choose.',
  },
  {
    slug: 'convolution',
    title: 'Convolution',
    summary: 'From polynomial products and Fourier series to the 2D filters of image processing, and convolution as a matrix.',
  },
  {
    slug: 'convolution-arithmetic',
    title: 'Padding, stride and pooling',
    summary: 'What sets the size of a convolution’s output: padding, stride, dilation, pooling and channels, with the floor explained.',
  },
  {
    slug: 'cnn',
    title: 'Convolutional networks',
    summary: 'Stacks of convolution, ReLU and pooling: from a digits CNN to AlexNet, ResNet and YOLO.',
  },
  {
    slug: 'recurrent-networks',
    title: 'Sequences, RNNs and LSTMs',
    summary: 'Networks with memory: unrolling in time, vanishing gradients, and LSTM gates predicting a sine wave.',
  },
  {
    slug: 'autoencoders-and-gans',
    title: 'Encoders, decoders and generative models',
    summary: 'Autoencoders that compress, sequence-to-sequence models, and GANs that learn to generate.',
  },
  {
    slug: 'differential-equations',
    title: 'Networks that solve equations',
    summary: 'A trial solution for an ODE, and a physics-informed network for Burgers’ equation.',
  },
] as const satisfies readonly Chapter[];

export type ChapterSlug = (typeof chapters)[number]['slug'];

export function chapterIndex(slug: string): number {
  return chapters.findIndex((c) => c.slug === slug);
}

/** The chapter before and after `slug`, or null at either end of the book. */
export function neighbours(slug: string): { previous: Chapter | null; next: Chapter | null } {
  const i = chapterIndex(slug);
  return { previous: i > 0 ? chapters[i - 1] : null, next: i >= 0 && i < chapters.length - 1 ? chapters[i + 1] : null };
}
