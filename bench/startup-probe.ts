/**
 * Run in a fresh process by `bench/bench.ts`: imports the engine, loads the answerer over a
 * knowledge folder, answers one question, and prints (JSON on stdout) how long after the process
 * started each step ended. `performance.now()` counts from the start of this process.
 */
const booted = performance.now();
const { loadAnswerer } = await import('../src/answer/answerer.ts');
const imported = performance.now();
const answerer = loadAnswerer(process.argv[2] ?? 'knowledge');
const loaded = performance.now();
answerer.answer('Combien de patients dans l’essai ?');
const readyMs = performance.now();
process.stdout.write(`${JSON.stringify({ bootMs: booted, importMs: imported - booted, loadMs: loaded - imported, firstAnswerMs: readyMs - loaded, readyMs })}\n`);
