// The base of every layer: it owns parameters (leaf tensors with requiresGrad) and knows whether it
// is training (Dropout behaves differently in evaluation). Sequential chains layers.
import type { Tensor } from '../tensor';

export abstract class Module {
  training = true;

  /** Trainable tensors, this module's and its children's, in a fixed order. */
  abstract parameters(): Tensor[];

  protected children(): Module[] {
    return [];
  }

  /** Training mode (default) or evaluation mode, for this module and its children. */
  train(on = true): this {
    this.training = on;
    for (const child of this.children()) child.train(on);
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  zeroGrad(): void {
    for (const p of this.parameters()) p.grad = null;
  }
}

/** Anything that maps a tensor to a tensor: a layer, or a plain function such as `relu`. */
export type Layer = Module & { forward(x: Tensor): Tensor };
export type LayerLike = Layer | ((x: Tensor) => Tensor);

/** Applies layers in order: `new Sequential(new Linear(2, 2, { rng }), sigmoid, new Linear(2, 1, { rng }))`. */
export class Sequential extends Module {
  readonly layers: readonly LayerLike[];

  constructor(...layers: LayerLike[]) {
    super();
    this.layers = layers;
  }

  forward(x: Tensor): Tensor {
    return this.layers.reduce((h, layer) => (typeof layer === 'function' ? layer(h) : layer.forward(h)), x);
  }

  protected children(): Module[] {
    return this.layers.filter((l): l is Layer => typeof l !== 'function');
  }

  parameters(): Tensor[] {
    return this.children().flatMap((m) => m.parameters());
  }
}
