/**
 * Reloading the releases while the bot runs: on a change in the knowledge folder (watched), on
 * `SIGHUP`, and on `/communique recharger`. Each reload swaps the whole knowledge in, or keeps
 * the one in service when a file is broken; then it logs what happened and, for a broken file,
 * tells the communications channel once.
 */
import { createHash } from 'node:crypto';
import type { ReleaseSummary } from '../../answer/types.ts';
import { KnowledgeError } from '../../knowledge/errors.ts';
import { loadKnowledge, type Knowledge } from '../../knowledge/load.ts';
import type { LiveKnowledge, ReloadResult } from '../../live/live-knowledge.ts';
import { watchFolder, type FolderWatch, type WatchOptions } from '../../live/watch.ts';
import type { Logger } from '../../log.ts';
import { renderNotice } from '../../render/slack.ts';
import type { Store } from '../../store/store.ts';
import { reloadWording as w } from './wording.fr.ts';

export type ReloadTrigger = 'watch' | 'signal' | 'command';

/** A broken file is announced again after this long: several instances reloading the same file post once. */
export const PROBLEM_CLAIM_MS = 10 * 60_000;

export interface ReloadReport {
  kind: ReloadResult['kind'];
  /** The releases in service after the reload (the previous ones when it failed). */
  releases: readonly ReleaseSummary[];
  /** The file, field and problem, in one line; null unless it failed. */
  problem: string | null;
  /** Taught questions whose passage the knowledge in service lacks. */
  orphans: number;
}

export interface ChannelClient {
  apiCall(method: 'chat.postMessage', options: Record<string, unknown>): Promise<unknown>;
}

export interface Reloader {
  reload(trigger: ReloadTrigger, by?: string): Promise<ReloadReport>;
  /** Hands in the Web API client, for the communications channel. */
  attach(client: ChannelClient): void;
  /** Starts watching the folder. */
  start(): void;
  stop(): void;
}

export interface ReloaderOptions {
  dir: string;
  live: LiveKnowledge;
  store: Pick<Store, 'claim'>;
  logger: Logger;
  /** `COMMS_CHANNEL`: where a broken file is announced; null for the log alone. */
  commsChannel: string | null;
  load?: (dir: string) => Knowledge;
  watch?: (dir: string, onSettled: () => void, options: WatchOptions) => FolderWatch;
  now?: () => Date;
}

export function describeProblem(error: unknown): string {
  if (error instanceof KnowledgeError) return w.problem(error.file, error.field, error.problem);
  return error instanceof Error ? error.message : String(error);
}

export function createReloader(options: ReloaderOptions): Reloader {
  const { dir, live, store, logger, commsChannel } = options;
  const load = options.load ?? loadKnowledge;
  const now = options.now ?? (() => new Date());
  let client: ChannelClient | undefined;
  let watcher: FolderWatch | undefined;
  // The problem last announced: a broken file stays broken across many folder events.
  let announced: string | null = null;

  async function announce(problem: string): Promise<void> {
    if (commsChannel === null || client === undefined || problem === announced) return;
    announced = problem;
    const key = createHash('sha256').update(problem).digest('hex');
    // When the store cannot say, this instance posts: a second message beats none.
    const claimed = await store.claim([{ kind: 'reload_problem', key, ttlMs: PROBLEM_CLAIM_MS }], now()).catch(() => true);
    if (!claimed) return;
    const message = renderNotice(w.failedChannel(problem));
    await client.apiCall('chat.postMessage', { channel: commsChannel, text: message.text, blocks: JSON.stringify(message.blocks), unfurl_links: false, unfurl_media: false });
  }

  async function reload(trigger: ReloadTrigger, by?: string): Promise<ReloadReport> {
    const result = live.reload(() => load(dir));
    const { learned } = result.snapshot;
    const report: ReloadReport = { kind: result.kind, releases: learned.releases, problem: null, orphans: learned.orphans.length };
    const who = by === undefined ? {} : { user: by };
    if (result.kind === 'failed') {
      report.problem = describeProblem(result.error);
      const fields = result.error instanceof KnowledgeError ? { file: result.error.file, field: result.error.field, problem: result.error.problem } : { error: result.error };
      logger.error('knowledge reload failed: the releases in service are kept', { trigger, ...who, ...fields });
      await announce(report.problem).catch((error: unknown) => logger.warn('reload problem not posted', { channel: commsChannel, error }));
      return report;
    }
    announced = null;
    if (result.kind === 'unchanged') {
      logger.debug('knowledge unchanged', { trigger, ...who });
      return report;
    }
    logger.info('knowledge reloaded', { trigger, ...who, releases: learned.releases.map((release) => release.id), passages: result.snapshot.knowledge.passages.length });
    if (learned.orphans.length > 0) logger.warn('taught questions whose passage is gone', { taughtIds: learned.orphans.map((taught) => taught.id) });
    return report;
  }

  return {
    reload,
    attach(c) {
      client = c;
    },
    start() {
      watcher ??= (options.watch ?? watchFolder)(dir, () => void reload('watch'), {
        onError: (error) => logger.warn('knowledge folder not watched: reload with SIGHUP or /communique recharger', { dir, error }),
      });
    },
    stop() {
      watcher?.close();
      watcher = undefined;
    },
  };
}
