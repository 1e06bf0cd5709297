/**
 * Run in a fresh process by `bench/bench.ts`: loads the answerer over a knowledge folder, answers
 * one question, and prints how long after the process started it was ready (JSON on stdout).
 */
import { loadAnswerer } from '../src/answer/answerer.ts';

const dir = process.argv[2] ?? 'knowledge';
const loadStarted = performance.now();
const answerer = loadAnswerer(dir);
const loaded = performance.now();
answerer.answer('Combien de patients dans l’essai ?');
// performance.now() counts from the start of this process.
process.stdout.write(`${JSON.stringify({ readyMs: performance.now(), loadMs: loaded - loadStarted })}\n`);
