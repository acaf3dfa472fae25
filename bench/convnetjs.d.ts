// The little of convnetjs 0.3 that the benchmark uses (the package ships no types).
declare module 'convnetjs' {
  export class Vol {
    constructor(sx: number, sy: number, depth: number, c?: number);
    w: Float64Array;
    sx: number;
    sy: number;
    depth: number;
  }
  export interface LayerDef {
    type: string;
    [option: string]: unknown;
  }
  export class Net {
    makeLayers(defs: LayerDef[]): void;
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  export class Trainer {
    constructor(net: Net, options: Record<string, unknown>);
    train(x: Vol, y: number): unknown;
  }
  export class ConvLayer {
    constructor(opt: Record<string, unknown>);
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  const convnetjs: { Vol: typeof Vol; Net: typeof Net; Trainer: typeof Trainer; ConvLayer: typeof ConvLayer };
  export default convnetjs;
}
