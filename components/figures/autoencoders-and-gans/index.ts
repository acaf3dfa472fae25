// Figures for the autoencoders-and-gans chapter, exported by the name used in MDX.
export {};
