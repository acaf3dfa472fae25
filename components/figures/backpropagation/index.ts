// Figures for the backpropagation chapter, exported by the name used in MDX.
export {};
