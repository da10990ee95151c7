/**
 * The engine worker's script (its own chunk, started by engineWorker.ts): answers the pane's job requests
 * (engineClient.ts) with the engine's pure code. No Office.js, no DOM here: cells in, plain data out.
 */
import { answer, type JobReply, type JobRequest } from "./engineClient";

// The worker's global scope; typed by hand, since the project's lib is the page's (DOM), not WebWorker's.
const scope = self as unknown as {
  onmessage: ((event: { data: JobRequest }) => void) | null;
  postMessage(reply: JobReply): void;
};

scope.onmessage = (event) => answer(event.data, (reply) => scope.postMessage(reply));
