// SVG figures drawn for the book, one folder per chapter. Each folder's index.ts exports its
// figure components by the name authors use in MDX (e.g. <UnrolledRnn />).
import * as neurons from './neurons';
import * as multilayerPerceptron from './multilayer-perceptron';
import * as backpropagation from './backpropagation';
import * as training from './training';
import * as unstableGradients from './unstable-gradients';
import * as convolution from './convolution';
import * as convolutionArithmetic from './convolution-arithmetic';
import * as cnn from './cnn';
import * as recurrentNetworks from './recurrent-networks';
import * as autoencodersAndGans from './autoencoders-and-gans';
import * as differentialEquations from './differential-equations';

export const figures = {
  ...neurons,
  ...multilayerPerceptron,
  ...backpropagation,
  ...training,
  ...unstableGradients,
  ...convolution,
  ...convolutionArithmetic,
  ...cnn,
  ...recurrentNetworks,
  ...autoencodersAndGans,
  ...differentialEquations,
};
