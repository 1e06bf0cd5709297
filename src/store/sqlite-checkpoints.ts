/**
 * The embedded store's checkpoints, on a thread of their own. In WAL mode a commit appends its
 * pages to the `-wal` file, and SQLite copies them back into the database (a checkpoint, which
 * waits for the disk twice) inside whichever commit takes the log past 1,000 pages: under load,
 * every few hundred questions one commit held the event loop for tens of milliseconds. Here the
 * bot's connection never checkpoints; a worker thread with a connection of its own does, every
 * `CHECKPOINT_EVERY_MS`, in PASSIVE mode (it never makes a writer wait). Should the worker stop,
 * the bot's connection checkpoints by itself again, as SQLite does by default.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const CHECKPOINT_EVERY_MS = 250;
/** SQLite's default `wal_autocheckpoint`, in pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/** Plain CommonJS, evaluated in the worker: no module of ours to find, in `src/` or in the bundle. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpoints {
  /** Stops the worker (and its connection); resolves once it has exited. */
  stop(): Promise<void>;
}

/** Moves the checkpoints of `db`, the connection to `file`, to a worker thread. */
export function checkpointInBackground(db: Database.Database, file: string): Checkpoints {
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3'), everyMs: CHECKPOINT_EVERY_MS },
  });
  // The bot's own work decides when the process ends, not this thread.
  worker.unref();
  // A worker that fails (its connection refused, the thread not started) exits after its error.
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      resolve();
    }),
  );
  return {
    stop() {
      // Waited for: the process must not end while a caller awaits this thread's exit.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
