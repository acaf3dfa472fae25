// Figures for the recurrent-networks chapter, exported by the name used in MDX.
export {};
