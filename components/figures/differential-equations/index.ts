// Figures for the differential-equations chapter, exported by the name used in MDX.
export { TrialSolutionNetwork } from './TrialSolutionNetwork';
export { ResidualFits } from './ResidualFits';
export { ApplicationRegimes } from './ApplicationRegimes';
export { BurgersDomain } from './BurgersDomain';
export { BurgersSolution } from './BurgersSolution';
export { PinnSchematic } from './PinnSchematic';
