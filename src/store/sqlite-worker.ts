/**
 * The embedded store's worker thread, for the Slack app: a connection of its own that makes the
 * writes of every question (its claim and count, its row) and the checkpoints, off the event
 * loop. better-sqlite3 is synchronous: on the bot's thread each commit's system calls, and the
 * checkpoint that some commit triggers every 1,000 pages of log (it waits for the disk twice),
 * held every other request. Here the questions of one turn of the event loop go to the worker
 * together and are claimed in one transaction (each one still claimed and counted on its own),
 * their rows saved in another; the bot's own connection never checkpoints, the worker does every
 * `CHECKPOINT_EVERY_MS` (PASSIVE: it never makes a writer wait). Should the worker stop, the
 * bot's connection does all of it again, as before.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { ClaimKey } from './store.ts';

const CHECKPOINT_EVERY_MS = 250;
/** SQLite's default `wal_autocheckpoint`, in pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/** The statements the worker runs, the same texts as the bot's connection's (`sqlite.ts`). */
export interface WorkerStatements {
  claimOne: string;
  countQuestion: string;
  insertQuestion: string;
}

/** Plain CommonJS, evaluated in the worker: no module of ours to find, in `src/` or in the bundle. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const { sql } = workerData;
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('wal_autocheckpoint = 0');
const claim = db.prepare(sql.claimOne);
const count = db.prepare(sql.countQuestion).pluck();
const insert = db.prepare(sql.insertQuestion);
const claimQuestions = db.transaction((asked) =>
  asked.map(([kind, key, now, expires, user, over]) => (claim.run(kind, key, now, expires).changes === 1 ? count.get({ user, now, over }) : null)),
);
const insertQuestions = db.transaction((rows) => {
  for (const row of rows) insert.run(row);
  return null;
});
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.on('message', (message) => {
  if (message.op === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
    return;
  }
  try {
    const value = message.op === 'claim' ? claimQuestions(message.asked) : insertQuestions(message.rows);
    parentPort.postMessage({ id: message.id, value });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

export interface StoreWorker {
  /** False once the worker has stopped (or failed): the caller does the work on its own connection. */
  readonly running: boolean;
  claimQuestion(key: ClaimKey, userId: string, windowMs: number, nowMs: number): Promise<number | null>;
  /** Rows in `QUESTION_COLUMNS` order. */
  recordQuestions(rows: readonly unknown[][]): Promise<void>;
  /** Stops the worker (and its connection); resolves once it has exited. */
  stop(): Promise<void>;
}

type Reply = { id: number; value: unknown; error?: undefined } | { id: number; error: string };

/** Starts the worker of `db`, the bot's connection to `file`, and hands it the checkpoints. */
export function startStoreWorker(db: Database.Database, file: string, sql: WorkerStatements): StoreWorker {
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, sql, driver: createRequire(import.meta.url).resolve('better-sqlite3'), everyMs: CHECKPOINT_EVERY_MS },
  });
  // The bot's own work decides when the process ends, not this thread; a call in flight holds it.
  worker.unref();
  const calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let running = true;
  let stopping = false;
  worker.on('message', (reply: Reply) => {
    const call = calls.get(reply.id);
    calls.delete(reply.id);
    if (calls.size === 0 && !stopping) worker.unref();
    if (reply.error !== undefined) call?.reject(new Error(reply.error));
    else call?.resolve(reply.value);
  });
  // A worker that fails (its connection refused, the thread not started) exits after its error.
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      running = false;
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      for (const call of calls.values()) call.reject(new Error('the embedded store’s worker thread stopped'));
      calls.clear();
      resolve();
    }),
  );
  const call = (message: object): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      calls.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...message, id });
    });

  let asked: { values: unknown[]; resolve: (count: number | null) => void; reject: (error: unknown) => void }[] = [];
  const sendAsked = (): void => {
    const batch = asked;
    asked = [];
    call({ op: 'claim', asked: batch.map((a) => a.values) }).then(
      (counts) => batch.forEach((a, i) => a.resolve((counts as (number | null)[])[i] ?? null)),
      (error: unknown) => batch.forEach((a) => a.reject(error)),
    );
  };

  return {
    get running() {
      return running;
    },
    claimQuestion(key, userId, windowMs, nowMs) {
      return new Promise((resolve, reject) => {
        if (asked.length === 0) setImmediate(sendAsked);
        asked.push({ values: [key.kind, key.key, nowMs, nowMs + key.ttlMs, userId, nowMs - windowMs], resolve, reject });
      });
    },
    async recordQuestions(rows) {
      await call({ op: 'record', rows });
    },
    stop() {
      // Waited for: the process must not end while a caller awaits this thread's exit.
      stopping = true;
      worker.ref();
      worker.postMessage({ op: 'stop' });
      return exited;
    },
  };
}
