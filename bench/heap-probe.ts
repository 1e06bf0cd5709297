/**
 * Preloaded (`--import`) into a bot process by `bench/load.ts`: on the IPC message `"heap"`, runs
 * full garbage collections (the process is started with `--expose-gc`) and replies with the used
 * heap. It adds nothing else to the process it measures.
 */
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if (message !== 'heap') return;
  void (async () => {
    for (let i = 0; i < 3; i += 1) {
      gc?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    process.send?.({ heapUsed: process.memoryUsage().heapUsed, gcExposed: gc !== undefined });
  })();
});
// The IPC channel must not keep a bot alive once its server has stopped.
process.channel?.unref();
