// Requests for Next to draw, at most `limit` at a time, the rest answered in the order they came.
// One Node thread draws one page at a time whatever happens; letting fifty requests draw at once
// only interleaves them, so each waits for all the others, some far longer than their turn, and
// fifty half-drawn pages fill the memory. With a queue each waits for those before it, no more.
// A request whose client has gone while it waited is dropped without being drawn.

/** @param {number} limit */
export function createRequestQueue(limit) {
  let running = 0;
  /** @type {(() => void)[]} */
  const waiting = [];

  function release() {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  return {
    /**
     * Runs `work` for the response when a place is free; the place is freed when the response
     * closes (answered, or its client gone) or `work` fails.
     * @template T
     * @param {import('node:http').ServerResponse} response
     * @param {() => Promise<T>} work
     */
    async run(response, work) {
      // A place handed on by release() is already counted.
      if (running >= limit) await new Promise((resolve) => waiting.push(() => resolve(undefined)));
      else running++;
      let freed = false;
      const free = () => {
        if (!freed) {
          freed = true;
          release();
        }
      };
      if (response.destroyed || response.writableEnded) return free();
      response.once('close', free);
      try {
        return await work();
      } catch (error) {
        free();
        throw error;
      }
    },
    /** How many are being drawn and how many wait (for tests). */
    state: () => ({ running, waiting: waiting.length }),
  };
}
