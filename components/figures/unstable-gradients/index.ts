// Figures for the unstable-gradients chapter, exported by the name used in MDX.
export {};
