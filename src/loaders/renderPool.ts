import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody } from './bodyHtml.ts';
import type { RenderReply, RenderRequest } from './renderWorker.ts';

export interface RenderPool {
  render(body: string, renderDigest: string): Promise<{ rendered?: RenderedBody; error?: string; languages: string[] }>;
  close(): Promise<void>;
}

/**
 * Worker threads that render bodies in parallel (see renderWorker.ts), one per core, at most `limit`. Resolves to
 * null when workers cannot start here (the caller then renders in its own thread): a machine with one core, or
 * Markdown settings that cannot be sent to a worker (functions in the Shiki configuration).
 */
export async function createRenderPool(markdown: Record<string, unknown>, limit = 2): Promise<RenderPool | null> {
  const size = Math.min(limit, availableParallelism());
  if (size < 2) return null;
  let workers: Worker[];
  try {
    structuredClone(markdown);
    workers = Array.from({ length: size }, () => new Worker(new URL('./renderWorker.ts', import.meta.url), { workerData: markdown }));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', () => resolve());
            worker.once('error', reject);
          }),
      ),
    );
  } catch {
    return null;
  }
  const waiting = new Map<number, (reply: RenderReply) => void>();
  for (const worker of workers) worker.on('message', (reply: RenderReply) => waiting.get(reply.id)?.(reply));
  const load = workers.map(() => 0);
  let next = 0;
  return {
    render(body, renderDigest) {
      const id = next++;
      // The worker with the fewest bodies in hand takes the next one.
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      return new Promise((resolve) => {
        waiting.set(id, (reply) => {
          waiting.delete(id);
          load[index]!--;
          resolve('rendered' in reply ? { rendered: reply.rendered, languages: reply.languages } : { error: reply.error, languages: reply.languages });
        });
        workers[index]!.postMessage({ id, body, renderDigest } satisfies RenderRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
