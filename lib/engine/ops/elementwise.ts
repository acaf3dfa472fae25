// Elementwise arithmetic with NumPy broadcasting. Each gradFn is the one-line derivative of its op;
// `sumToShape` then undoes any broadcasting so each input gets a gradient of its own shape.
import { record } from '../autograd';
import { Tensor, allocate, shapeSize, type DType } from '../tensor';
import { checkFinite, checkTensor } from '../validate';
import { broadcastIndex, broadcastShapes, sumToShape } from './broadcast';

export type Operand = Tensor | number;

/** Promotion rule: float32 only if every tensor operand is float32 (as in PyTorch). */
function resultType(a: Operand, b: Operand): DType {
  const types = [a, b].filter((t): t is Tensor => t instanceof Tensor).map((t) => t.dtype);
  return types.every((t) => t === 'float32') ? 'float32' : 'float64';
}

function asTensor(x: Operand, dtype: DType, op: string, name: string): Tensor {
  if (typeof x === 'number') return new Tensor(allocate(dtype, 1).fill(x), []);
  checkTensor(x, op, name);
  return x;
}

type BinaryGrad = (g: Tensor, a: Tensor, b: Tensor, out: Tensor) => [Tensor | null, Tensor | null];

function binary(op: string, a0: Operand, b0: Operand, f: (x: number, y: number) => number, grad: BinaryGrad): Tensor {
  const dtype = resultType(a0, b0);
  const a = asTensor(a0, dtype, op, 'a');
  const b = asTensor(b0, dtype, op, 'b');
  const shape = broadcastShapes(a.shape, b.shape, op);
  const data = allocate(dtype, shapeSize(shape));
  if (a.size === data.length && b.size === data.length) {
    for (let i = 0; i < data.length; i++) data[i] = f(a.data[i], b.data[i]); // same shape: no index maps
  } else {
    const ia = broadcastIndex(a.shape, shape);
    const ib = broadcastIndex(b.shape, shape);
    for (let i = 0; i < data.length; i++) data[i] = f(a.data[ia[i]], b.data[ib[i]]);
  }
  const out = new Tensor(data, shape);
  return record(out, op, [a, b], (g) => {
    const [ga, gb] = grad(g, a, b, out);
    return [ga && sumToShape(ga, a.shape), gb && sumToShape(gb, b.shape)];
  });
}

export function unary(
  op: string,
  x: Tensor,
  f: (v: number) => number,
  grad: (g: Tensor, x: Tensor, out: Tensor) => Tensor | null,
): Tensor {
  checkTensor(x, op, 'x');
  const data = allocate(x.dtype, x.size);
  for (let i = 0; i < data.length; i++) data[i] = f(x.data[i]);
  const out = new Tensor(data, x.shape);
  return record(out, op, [x], (g) => [grad(g, x, out)]);
}

// ∂(a+b)/∂a = ∂(a+b)/∂b = 1
export function add(a: Operand, b: Operand): Tensor {
  return binary('add', a, b, (x, y) => x + y, (g) => [g, g]);
}

// ∂(ab)/∂a = b, ∂(ab)/∂b = a
export function mul(a: Operand, b: Operand): Tensor {
  return binary('mul', a, b, (x, y) => x * y, (g, ta, tb) => [mul(g, tb), mul(g, ta)]);
}

// ∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b² = −(a/b)/b
export function div(a: Operand, b: Operand): Tensor {
  return binary('div', a, b, (x, y) => x / y, (g, _ta, tb, out) => [div(g, tb), neg(mul(g, div(out, tb)))]);
}

export function neg(x: Tensor): Tensor {
  return unary('neg', x, (v) => -v, (g) => neg(g));
}

// Derived, as in micrograd: a − b = a + (−b), so it needs no backward of its own.
export function sub(a: Operand, b: Operand): Tensor {
  return add(a, typeof b === 'number' ? -b : neg(b));
}

/**
 * x^p. With a number p: ∂/∂x = p·x^(p−1). With a tensor p (broadcast against x):
 * ∂/∂p = x^p · ln x as well, which is NaN for x < 0, as in PyTorch.
 */
export function pow(x: Tensor, p: Operand): Tensor {
  if (typeof p === 'number') {
    checkFinite(p, 'pow', 'exponent');
    return unary('pow', x, (v) => v ** p, (g, tx) => mul(g, mul(pow(tx, p - 1), p)));
  }
  return binary('pow', x, p, (v, q) => v ** q, (g, tx, tp, out) => [
    mul(g, mul(pow(tx, sub(tp, 1)), tp)),
    mul(g, mul(out, log(tx))),
  ]);
}

// d/dx eˣ = eˣ, which is the output itself.
export function exp(x: Tensor): Tensor {
  return unary('exp', x, Math.exp, (g, _x, out) => mul(g, out));
}

// d/dx ln x = 1/x
export function log(x: Tensor): Tensor {
  return unary('log', x, Math.log, (g, tx) => div(g, tx));
}

export function sqrt(x: Tensor): Tensor {
  return pow(x, 0.5);
}
