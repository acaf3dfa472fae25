// Figures for the neurons chapter, exported by the name used in MDX.
export {};
