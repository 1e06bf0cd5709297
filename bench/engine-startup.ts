/** The engine benchmark's start-up figures: a fresh process to its first answer, and loading a knowledge folder. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadKnowledge, type Knowledge } from '../src/knowledge/load.ts';
import { splitIntoPassages } from '../src/knowledge/passages.ts';
import { settledHeapMb } from './engine-measure.ts';

export interface Startup {
  /** Node and tsx up, before the first import of ours. */
  bootMs: number;
  importMs: number;
  loadMs: number;
  firstAnswerMs: number;
  /** From process start to the first answer given. */
  readyMs: number;
  /** From spawn to exit, as the parent saw it. */
  wallMs: number;
}

export async function startupInFreshProcess(dir: string): Promise<Startup> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/startup-probe.ts', dir], { timeout: 60_000 });
  return { ...(JSON.parse(stdout) as Omit<Startup, 'wallMs'>), wallMs: performance.now() - started };
}

export interface Loading {
  knowledge: Knowledge;
  /** Files read, front matter and glossary parsed and checked. */
  loadMs: number;
  /** Every release split into passages: sentences, figures, ids. */
  splitMs: number;
}

/** Loads a knowledge folder, timing the reading apart from the splitting (which `loadKnowledge` does last). */
export async function measureLoading(dir: string): Promise<Loading> {
  await settledHeapMb();
  const started = performance.now();
  const knowledge = loadKnowledge(dir);
  const loadAndSplitMs = performance.now() - started;
  await settledHeapMb();
  const splitStarted = performance.now();
  knowledge.releases.flatMap((release) => splitIntoPassages(release));
  const splitMs = performance.now() - splitStarted;
  return { knowledge, loadMs: Math.max(0, loadAndSplitMs - splitMs), splitMs };
}

