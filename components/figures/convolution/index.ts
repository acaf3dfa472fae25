// Figures for the convolution chapter, exported by the name used in MDX.
export {};
