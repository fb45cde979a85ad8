import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRequestQueue } from './request-queue.mjs';

/** A response that closes when told to, as Node's does when answered or abandoned. */
function fakeResponse() {
  const response = Object.assign(new EventEmitter(), { destroyed: false, writableEnded: false });
  return { response: response as never, close: () => response.emit('close') };
}

describe('the request queue', () => {
  it('draws at most the limit at once and the rest in the order they came', async () => {
    const queue = createRequestQueue(2);
    const order: number[] = [];
    const answers = [0, 1, 2, 3].map(() => fakeResponse());
    const runs = answers.map((answer, i) => queue.run(answer.response, async () => void order.push(i)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1]);
    expect(queue.state()).toEqual({ running: 2, waiting: 2 });
    answers[1]!.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1, 2]);
    answers[0]!.close();
    answers[2]!.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1, 2, 3]);
    answers[3]!.close();
    await Promise.all(runs);
    expect(queue.state()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the place when the work fails, and when a response closes twice frees it once', async () => {
    const queue = createRequestQueue(1);
    const failing = fakeResponse();
    await expect(queue.run(failing.response, async () => Promise.reject(new Error('drawing failed')))).rejects.toThrow('drawing failed');
    failing.close();
    expect(queue.state()).toEqual({ running: 0, waiting: 0 });
  });

  it('does not draw for a client that left while it waited', async () => {
    const queue = createRequestQueue(1);
    const first = fakeResponse();
    void queue.run(first.response, async () => undefined);
    const gone = fakeResponse();
    let drawn = false;
    const waited = queue.run(gone.response, async () => void (drawn = true));
    (gone.response as unknown as { destroyed: boolean }).destroyed = true;
    first.close();
    await waited;
    expect(drawn).toBe(false);
    expect(queue.state()).toEqual({ running: 0, waiting: 0 });
  });
});
