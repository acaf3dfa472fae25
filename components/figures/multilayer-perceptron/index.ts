// Figures for the multilayer-perceptron chapter, exported by the name used in MDX.
export {};
