// Figures for the differential-equations chapter, exported by the name used in MDX.
export {};
