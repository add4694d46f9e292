import type { PreviewInput } from '../lib/present/previewSvg.ts';
import type { PromptRendering } from '../loaders/renderPrompt.ts';

/**
 * A worker thread beside `astro build` (started by the `buildWorker` integration, see
 * src/integrations/buildWorker.ts and buildWorkerThread.ts). Page rendering is single-threaded, so the other core
 * is free: it draws the preview images, and writes the files of each agent that are plain data (its raw file, its
 * JSON record, its preview) straight into the output folder instead of through Astro's route pipeline, while
 * Pagefind writes its index.
 */
export type FileJob =
  /** A value as indented JSON. */
  | { kind: 'json'; path: string; value: unknown }
  /** A copy of a file. */
  | { kind: 'copy'; path: string; from: string }
  /** A preview image, drawn unless the cache has it. */
  | { kind: 'preview'; path: string; input: PreviewInput };

export interface BuildWorker {
  /** Renders a system prompt (during the content sync the thread is otherwise idle). */
  render(body: string, renderDigest: string): Promise<PromptRendering>;
  /** Draws a preview into the cache folder; resolves when it is there. */
  draw(input: PreviewInput): Promise<void>;
  /**
   * Writes a file into the output folder (`path` is relative to it); the build waits for it and fails if it
   * fails. Jobs wait here until `startWriting()`, then go to the thread a few at a time, so that thousands do not
   * sit copied in its queue.
   */
  write(job: FileJob): void;
  /**
   * Lets the files go to the thread. Called once Pagefind has read the pages: until then page rendering and
   * Pagefind's reading keep both cores busy, while Pagefind writes its index mostly on one, and the files are
   * written beside it. The build's end starts writing them in any case.
   */
  startWriting(): void;
  /** The cache names of the previews this build uses: the others are removed from the cache at its end. */
  usedPreviews: Set<string>;
}

export const buildWorkerKey = Symbol.for('agent-catalog.build-worker');

/** The build's worker, or undefined under `astro dev`, in tests of parts, and on a one-core machine. */
export const buildWorker = (): BuildWorker | undefined => (globalThis as { [buildWorkerKey]?: BuildWorker })[buildWorkerKey];

/**
 * The static paths of a route that serves agents' data files. In a build with the worker, the worker is given
 * each path's file (`file`) and the route renders none; under `astro dev` and on one core the route serves them.
 */
export function pathsOrWorkerFiles<Path>(paths: Path[], file: (path: Path) => FileJob): Path[] {
  const worker = buildWorker();
  if (!worker) return paths;
  for (const path of paths) worker.write(file(path));
  return [];
}
