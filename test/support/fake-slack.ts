/**
 * Fakes for calling listener handlers directly, without a Bolt App: a client that records
 * Web API calls, `ack` and `respond` that record what they were given, and listener deps
 * whose log lines can be read back.
 */
import type { RespondArguments } from '@slack/bolt';
import type { Answerer } from '../../src/answer/answerer.ts';
import { createLogger, type LogLevel } from '../../src/log.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { createSlackDeps, type SlackClient, type SlackDeps } from '../../src/slack/deps.ts';
import { fakeAnswerer } from './answers.ts';

/** A recorded call's arguments, as plain fields. */
export type Recorded = Record<string, unknown>;

export interface FakeClient extends SlackClient {
  posted: Recorded[];
  ephemeral: Recorded[];
  published: Recorded[];
}

/** A client whose `chat.postMessage` fails `failures` times before succeeding. */
export function fakeClient({ failures = 0 }: { failures?: number } = {}): FakeClient {
  let toFail = failures;
  const posted: Recorded[] = [];
  const ephemeral: Recorded[] = [];
  const published: Recorded[] = [];
  return {
    posted,
    ephemeral,
    published,
    apiCall: async (method, options) => {
      // As Slack reads them: the Web API client sends a field that is not a string as its JSON.
      const { blocks } = options;
      const args = blocks === undefined ? { ...options } : { ...options, blocks: JSON.parse(typeof blocks === 'string' ? blocks : JSON.stringify(blocks)) as unknown };
      if (method === 'chat.postEphemeral') {
        ephemeral.push(args);
        return { ok: true };
      }
      if (toFail > 0) {
        toFail -= 1;
        throw new Error('An API error occurred: internal_error');
      }
      posted.push(args);
      return { ok: true };
    },
    views: {
      publish: async (args) => {
        published.push({ ...args });
        return { ok: true };
      },
    },
  };
}

export interface FakeDeps extends SlackDeps {
  logs: Record<string, unknown>[];
  store: Store;
}

/** Listener deps over a real embedded store, in memory, fresh for each call. */
export function fakeDeps({ answerer = fakeAnswerer(), limit = 100, level = 'info' }: { answerer?: Answerer; limit?: number; level?: LogLevel } = {}): FakeDeps {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level, write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const store = openSqliteStore({ dataDir: ':memory:' });
  return { logs, store, ...createSlackDeps({ rateLimitPerMinute: limit, questionRetentionDays: 90 }, answerer, logger, store) };
}

export interface Recorder<T> {
  (arg: T): Promise<void>;
  calls: T[];
}

/** An `ack` or `respond` stand-in that records each call. */
export function recorder<T = RespondArguments | undefined>(): Recorder<T> {
  const calls: T[] = [];
  const fn = async (arg: T): Promise<void> => {
    calls.push(arg);
  };
  return Object.assign(fn, { calls });
}
