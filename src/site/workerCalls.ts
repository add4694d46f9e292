import type { Worker } from 'node:worker_threads';

/** What a worker thread answers to a call: the call's id, and an error message when it failed. */
export interface WorkerAnswer {
  id: number;
  error?: string;
}

export interface WorkerCalls<Request, Answer extends WorkerAnswer> {
  /** Sends `{ ...request, id }`; resolves with the answer of that id, rejects with its error. */
  call(request: Request): Promise<Answer>;
}

/**
 * Calls to a worker thread that answers each `{ ...request, id }` message with `{ id, ... }` (messages without a
 * numeric id, such as a "ready" signal, are left to other listeners). The thread keeps the process alive only
 * while calls wait. When it fails or stops, every waiting call and every later one rejects with why, so that no
 * caller waits forever.
 */
export function workerCalls<Request extends object, Answer extends WorkerAnswer>(worker: Worker): WorkerCalls<Request, Answer> {
  const waiting = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  worker.on('message', (answer: Answer) => {
    if (typeof answer?.id !== 'number') return;
    const waiter = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error === undefined) waiter?.resolve(answer);
    else waiter?.reject(new Error(answer.error));
    if (waiting.size === 0) worker.unref();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the worker thread stopped (exit code ${code})`)));
  worker.unref();
  return {
    call(request) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      const answered = new Promise<Answer>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.ref();
      worker.postMessage({ ...request, id });
      return answered;
    },
  };
}
