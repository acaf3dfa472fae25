// Reverse-mode automatic differentiation, micrograd-style but on tensors.
//
// Every op that produces a tensor records its inputs and a `gradFn`: given ∂L/∂out, it returns
// ∂L/∂input for each input (the chain rule for that one op). `backwardFrom` orders the graph
// topologically and calls the gradFns from the output back to the leaves, adding (+=) each
// contribution into `input.grad`, because a tensor used twice receives gradient from both uses.
import type { Tensor } from './tensor';

/** Gradients for each input, in the order of `inputs`; null where an input needs none. */
export type GradFn = (gradOut: Tensor) => readonly (Tensor | null)[];

let gradEnabled = true;

export function isGradEnabled(): boolean {
  return gradEnabled;
}

/**
 * Runs `fn` without recording a graph: results have requiresGrad = false. Use it for inference,
 * for optimizer updates, and inside backward itself.
 */
export function noGrad<T>(fn: () => T): T {
  const previous = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = previous;
  }
}

/**
 * Attaches history to a freshly computed tensor. It requires grad only if some input does and
 * recording is on; otherwise the inputs and gradFn are dropped so no graph is kept alive.
 */
export function record(out: Tensor, op: string, inputs: readonly Tensor[], gradFn: GradFn): Tensor {
  out.op = op;
  if (gradEnabled && inputs.some((t) => t.requiresGrad)) {
    out.requiresGrad = true;
    out.inputs = inputs;
    out.gradFn = gradFn;
  }
  return out;
}

/**
 * Topological order of the graph below `root`, inputs before the tensors made from them.
 * Iterative depth-first search with an explicit stack: a recursive one overflows the call stack
 * on a long unrolled RNN (thousands of ops deep).
 */
export function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const visited = new Set<Tensor>();
  const stack: { node: Tensor; next: number }[] = [{ node: root, next: 0 }];
  visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.node.inputs.length) {
      const child = top.node.inputs[top.next++];
      if (!visited.has(child)) {
        visited.add(child);
        stack.push({ node: child, next: 0 });
      }
    } else {
      order.push(top.node); // all inputs are already in `order`
      stack.pop();
    }
  }
  return order;
}

/** Adds g into the running total for t; copies first, because a gradFn may hand the same tensor to several inputs. */
function addInto(totals: Map<Tensor, Tensor>, t: Tensor, g: Tensor): void {
  const previous = totals.get(t);
  if (previous === undefined) {
    totals.set(t, g);
    return;
  }
  const sum = previous.detach();
  for (let i = 0; i < sum.data.length; i++) sum.data[i] += g.data[i];
  totals.set(t, sum);
}

/**
 * Gradients of this pass are kept in a local map and only added to `.grad` at the end, so calling
 * backward twice accumulates (as in PyTorch) without sending the first pass's gradient around again.
 */
export function backwardFrom(root: Tensor, seed: Tensor): void {
  if (!root.requiresGrad) {
    throw new Error(`backward: ${root.toString()} does not require grad (no input had requiresGrad)`);
  }
  const order = topologicalOrder(root);
  const totals = new Map<Tensor, Tensor>([[root, seed]]);
  noGrad(() => {
    for (let i = order.length - 1; i >= 0; i--) {
      const node = order[i];
      const gradOut = totals.get(node);
      if (node.gradFn === null || gradOut === undefined) continue;
      const grads = node.gradFn(gradOut);
      node.inputs.forEach((input, k) => {
        const g = grads[k];
        if (g && input.requiresGrad) addInto(totals, input, g);
      });
    }
  });
  for (const [t, g] of totals) {
    // Own copy (g may be shared with other tensors), in t's own precision as PyTorch does.
    if (t.grad === null) t.grad = g.dtype === t.dtype ? g.detach() : g.astype(t.dtype);
    else for (let i = 0; i < g.data.length; i++) t.grad.data[i] += g.data[i];
  }
}
