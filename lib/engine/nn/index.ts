// Layers and models. Every layer takes a seeded `rng` for its initial weights.
export { Module, Sequential, type Layer, type LayerLike } from './module';
export { Linear, Conv2d, MaxPool2d, Flatten, Dropout, type LayerOptions, type Conv2dLayerOptions } from './layers';
export { RNNCell, LSTMCell, type LstmState } from './recurrent';
export { normal, glorotUniform, heNormal, fans, type Initializer, type InitOptions } from './init';
