// Figures for the cnn chapter, exported by the name used in MDX.
export {};
