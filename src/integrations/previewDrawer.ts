import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { PreviewInput } from '../lib/present/previewSvg.ts';
import { drawerKey, type PreviewDrawer } from '../site/previewPng.ts';
import type { DrawReply, DrawRequest } from '../site/previewWorker.ts';

/**
 * During `astro build`, draws the agents' preview images on a worker thread (see previewWorker.ts): page
 * rendering runs on one thread, and a thousand previews cost seconds of the other core instead of the build's.
 * The loader and the image routes ask for every preview ahead, and each route then waits for its own. On a one-core machine, or when the
 * worker cannot start, the routes draw them themselves.
 */
export function previewDrawer(): AstroIntegration {
  let worker: Worker | null = null;
  const stop = async () => {
    delete (globalThis as { [drawerKey]?: PreviewDrawer })[drawerKey];
    await worker?.terminate();
    worker = null;
  };
  return {
    name: 'agent-catalog:previews',
    hooks: {
      // Started with the build's configuration, so that the catalogue's loader can ask for previews as soon as
      // it has read the agents, and they are drawn while Vite bundles.
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || availableParallelism() < 2) return;
        const thread = new Worker(new URL('../site/previewWorker.ts', import.meta.url));
        worker = thread;
        const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
        const drawing = new Map<string, Promise<void>>();
        let next = 0;
        const failAll = (error: Error) => {
          delete (globalThis as { [drawerKey]?: PreviewDrawer })[drawerKey];
          for (const { reject } of waiting.values()) reject(error);
          waiting.clear();
        };
        thread.on('message', ({ id, error }: DrawReply) => {
          const waiter = waiting.get(id);
          waiting.delete(id);
          if (error === undefined) waiter?.resolve();
          else waiter?.reject(new Error(error));
          if (waiting.size === 0) thread.unref();
        });
        thread.on('error', failAll);
        thread.on('exit', () => failAll(new Error('The preview worker stopped.')));
        // Idle, the worker does not keep the process alive (a failed build ends without build:done).
        thread.unref();
        const drawer: PreviewDrawer = {
          draw(input: PreviewInput) {
            const key = JSON.stringify(input);
            let drawn = drawing.get(key);
            if (!drawn) {
              const id = next++;
              drawn = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
              drawing.set(key, drawn);
              thread.ref();
              thread.postMessage({ id, input } satisfies DrawRequest);
            }
            return drawn;
          },
        };
        (globalThis as { [drawerKey]?: PreviewDrawer })[drawerKey] = drawer;
      },
      'astro:build:done': stop,
    },
  };
}
