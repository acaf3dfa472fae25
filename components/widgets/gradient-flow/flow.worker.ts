// Runs the gradient-flow network off the main thread: one forward and one backward pass of ten
// 64 × 64 layers with the engine's autograd takes about a tenth of a second, too long for a frame.
import { gradientFlow, type FlowResult, type FlowSettings } from './model';

export interface FlowRequest {
  id: number;
  settings: FlowSettings;
}

export type FlowResponse = { id: number; ok: true; result: FlowResult } | { id: number; ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FlowRequest>) => void) | null;
  postMessage: (message: FlowResponse) => void;
};

scope.onmessage = (event) => {
  const { id, settings } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: gradientFlow(settings) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
