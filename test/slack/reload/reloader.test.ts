import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createLiveKnowledge } from '../../../src/live/live-knowledge.ts';
import { buildSnapshot } from '../../../src/live/snapshot.ts';
import { createLogger } from '../../../src/log.ts';
import { createReloader, type Reloader } from '../../../src/slack/reload/reloader.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/store.ts';
import { copyKnowledge, NEW_FIGURE, OLD_FIGURE, type ReleaseFolder } from '../../live/release-folder.ts';

const CHANNEL = 'C0COMMS';

let folder: ReleaseFolder;
let dataDir: string;
let store: Store;
let logs: Record<string, unknown>[];
let posts: Record<string, unknown>[];

beforeEach(async () => {
  folder = copyKnowledge();
  dataDir = mkdtempSync(join(tmpdir(), 'reloader-'));
  store = await openStore({ kind: 'embedded', dataDir });
  logs = [];
  posts = [];
});
afterEach(async () => {
  await store.close();
  folder.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One instance's reloader over the test's folder and store, posting into `posts`. */
function instance(): Reloader {
  const logger = createLogger({ level: 'info', secrets: [], write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const live = createLiveKnowledge(buildSnapshot(loadKnowledge(folder.dir), []), []);
  const reloader = createReloader({ dir: folder.dir, live, store, logger, commsChannel: CHANNEL });
  reloader.attach({ apiCall: async (_method, options) => void posts.push(options) });
  return reloader;
}

describe('the reloader', () => {
  it('logs the file, the field and the problem of a broken file', async () => {
    const reloader = instance();
    folder.replace('publisher: Gustave Roussy', 'publisher: 42');
    const report = await reloader.reload('signal');
    expect(report.kind).toBe('failed');
    expect(logs.find((line) => line.level === 'error')).toMatchObject({ trigger: 'signal', file: folder.file, field: 'publisher' });
  });

  it('posts a broken file to the communications channel once, however often it is reloaded', async () => {
    const reloader = instance();
    folder.replace('publisher: Gustave Roussy', 'publisher: 42');
    await reloader.reload('watch');
    await reloader.reload('watch');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: CHANNEL });
    expect(String(posts[0]?.text)).toContain('publisher');
  });

  it('posts a broken file once for several instances sharing the store', async () => {
    const [one, two] = [instance(), instance()];
    folder.replace('publisher: Gustave Roussy', 'publisher: 42');
    await one.reload('watch');
    await two.reload('watch');
    expect(posts).toHaveLength(1);
  });

  it('says nothing, in the log or the channel, about a reload that changes nothing', async () => {
    const report = await instance().reload('watch');
    expect(report.kind).toBe('unchanged');
    expect([logs, posts]).toEqual([[], []]);
  });

  it('logs the releases in service after a reload that changed them', async () => {
    const reloader = instance();
    folder.replace(OLD_FIGURE, NEW_FIGURE);
    const report = await reloader.reload('command', 'U0COMMS');
    expect(report.kind).toBe('reloaded');
    expect(logs).toMatchObject([{ msg: 'knowledge reloaded', trigger: 'command', user: 'U0COMMS', releases: ['gustave-roussy-esmo-2024-mariposa'] }]);
    expect(posts).toEqual([]);
  });
});
