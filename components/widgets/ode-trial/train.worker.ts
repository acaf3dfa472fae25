// Trains the ODE trial solution off the main thread; see ./training-loop.ts for the messages.
import { createTrainingLoop, type LoopMessage, type LoopRequest } from './training-loop';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoopRequest>) => void) | null;
  postMessage: (message: LoopMessage) => void;
};

const loop = createTrainingLoop((message) => scope.postMessage(message));
scope.onmessage = (event) => loop.handle(event.data);
