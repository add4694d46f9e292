import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { workerCalls, type WorkerAnswer } from '../../src/site/workerCalls.ts';

/** A thread that doubles `n`, fails on a negative one, and stops the whole thread on `n: 0`. */
const source = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage('ready');
parentPort.on('message', ({ id, n }) => {
  if (n === 0) process.exit(3);
  parentPort.postMessage(n < 0 ? { id, error: 'negative: ' + n } : { id, double: n * 2 });
});`;

let worker: Worker | null = null;
afterEach(async () => {
  await worker?.terminate();
});

describe('calls to a worker thread', () => {
  it('resolves each call with its own answer, and rejects with the error the thread sends', async () => {
    worker = new Worker(source, { eval: true });
    const calls = workerCalls<{ n: number }, WorkerAnswer & { double: number }>(worker);
    const [a, b] = await Promise.all([calls.call({ n: 2 }), calls.call({ n: 5 })]);
    expect([a.double, b.double]).toEqual([4, 10]);
    await expect(calls.call({ n: -1 })).rejects.toThrow('negative: -1');
  });

  it('rejects every waiting and later call when the thread stops, saying so', async () => {
    worker = new Worker(source, { eval: true });
    const calls = workerCalls<{ n: number }, WorkerAnswer>(worker);
    const waiting = calls.call({ n: 7 });
    await expect(calls.call({ n: 0 })).rejects.toThrow('the worker thread stopped (exit code 3)');
    await expect(waiting).resolves.toMatchObject({ id: 0 });
    await expect(calls.call({ n: 1 })).rejects.toThrow('the worker thread stopped (exit code 3)');
  });
});
