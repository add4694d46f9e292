/**
 * A worker thread that draws preview images into the cache folder for the `previewDrawer` integration, while the
 * build's main thread renders pages.
 */
import { parentPort } from 'node:worker_threads';
import type { PreviewInput } from '../lib/present/previewSvg.ts';
import { drawPreview } from './previewPng.ts';

export interface DrawRequest {
  id: number;
  input: PreviewInput;
}

export interface DrawReply {
  id: number;
  error?: string;
}

parentPort!.on('message', async ({ id, input }: DrawRequest) => {
  try {
    await drawPreview(input);
    parentPort!.postMessage({ id } satisfies DrawReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message } satisfies DrawReply);
  }
});
