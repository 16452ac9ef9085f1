// A worker thread of lib/content/render-pool.ts: renders batches of Markdown bodies with the very
// renderMarkdown the calling thread uses. Plain JavaScript, importing only plain JavaScript, so it
// starts under any runner (tsx, vitest) without a TypeScript loader.
import { workerData } from 'node:worker_threads';

const { port, signal } = workerData;
const flag = new Int32Array(signal);
const wake = () => {
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
};

try {
  const { renderMarkdown } = await import('../markdown-render.mjs');
  port.on('message', (batch) => {
    try {
      port.postMessage({ batch: batch.id, results: batch.bodies.map((body) => renderMarkdown(body)) });
    } catch (error) {
      port.postMessage({ batch: batch.id, error: String(error?.stack ?? error) });
    }
    wake();
  });
  port.postMessage({ ready: true });
  wake();
} catch (error) {
  port.postMessage({ error: String(error?.stack ?? error) });
  wake();
}
