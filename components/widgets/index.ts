// The widgets MDX may use. registry.tsx is a client module, so its exports reach the server as
// component references; they are gathered into a plain object here, on the server side.
import { ActivationExplorer, BackpropStepper, GradientFlow, XoPipeline, LayerShapes, UniversalApproximator, NeuronPlayground, MatrixForward, ConvArithmetic, Conv2d, ResnetEuler, DigitsTrainer, Conv1d, GridSearch, MinibatchNoise, SequenceWindows, IteratedMapExplorer, LstmGates, OdeTrialSolver, ConvPoly, FourierSeries } from './registry';

export const widgets = { ActivationExplorer, BackpropStepper, GradientFlow, XoPipeline, LayerShapes, UniversalApproximator, NeuronPlayground, MatrixForward, ConvArithmetic, Conv2d, ResnetEuler, DigitsTrainer, Conv1d, GridSearch, MinibatchNoise, SequenceWindows, IteratedMapExplorer, LstmGates, OdeTrialSolver, ConvPoly, FourierSeries };
