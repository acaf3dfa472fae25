// Figures for the convolution-arithmetic chapter, exported by the name used in MDX.
export { ArithPaddingModes } from './ArithPaddingModes';
export { ArithStrideSubsampling } from './ArithStrideSubsampling';
export { ArithStrideFloor } from './ArithStrideFloor';
export { ArithMaxPool } from './ArithMaxPool';
export { ArithChannels } from './ArithChannels';
