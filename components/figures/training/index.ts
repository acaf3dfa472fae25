// Figures for the training chapter, exported by the name used in MDX.
export {};
