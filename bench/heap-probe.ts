/**
 * Preloaded (`--import`) into a bot process by `bench/load.ts`: on the IPC message `"heap"`, runs
 * full garbage collections (the process is started with `--expose-gc`) until the used heap stops
 * shrinking, and replies with it. It adds nothing else to the process it measures.
 */
const gc = (globalThis as { gc?: () => void }).gc;

/** A collection can free objects whose finalisers or weak callbacks only run after it: collect again until nothing more goes. */
const MIN_COLLECTIONS = 3;
const MAX_COLLECTIONS = 10;
const STILL_BYTES = 16 * 1024;

process.on('message', (message: unknown) => {
  if (message !== 'heap') return;
  void (async () => {
    let used = Number.POSITIVE_INFINITY;
    for (let i = 0; i < MAX_COLLECTIONS; i += 1) {
      gc?.();
      await new Promise((resolve) => setImmediate(resolve));
      const previous = used;
      used = process.memoryUsage().heapUsed;
      if (i + 1 >= MIN_COLLECTIONS && previous - used < STILL_BYTES) break;
    }
    process.send?.({ heapUsed: used, gcExposed: gc !== undefined });
  })();
});
// The IPC channel must not keep a bot alive once its server has stopped.
process.channel?.unref();
