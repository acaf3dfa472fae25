// Trains the digits network off the main thread, so the page stays responsive while it learns.
import { createHost } from './host';
import type { TrainerReply, TrainerRequest } from './protocol';

const scope = self as unknown as {
  postMessage: (reply: TrainerReply) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<TrainerRequest>) => void) => void;
};

// A MessageChannel hands control back to the event loop without setTimeout's minimum delay.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const handle = createHost({
  post: (reply) => scope.postMessage(reply),
  fetchText: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The digits data could not be loaded (${url.split('/').pop()}: HTTP ${response.status}).`);
    return response.text();
  },
  later: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.addEventListener('message', (event) => handle(event.data));
