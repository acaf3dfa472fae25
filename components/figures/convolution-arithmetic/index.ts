// Figures for the convolution-arithmetic chapter, exported by the name used in MDX.
export {};
