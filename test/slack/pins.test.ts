import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createChannelPins, homePins, PIN_CACHE_MS } from '../../src/slack/pins.ts';
import { StoreGuard } from '../../src/slack/store-guard.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

const logger = createLogger({ level: 'error', write: () => undefined });

/** Two instances' pins over one store, on one clock the test moves. */
function setUp() {
  const store = openSqliteStore({ dataDir: ':memory:' });
  let clock = 1_000_000;
  const now = () => clock;
  // Each instance with its own guard, as each has its own delivery state.
  const instance = () => {
    const guard = new StoreGuard(store, { logger, now });
    return createChannelPins((operation, work, fallback) => guard.run(operation, work, fallback), now);
  };
  return { store, here: instance(), there: instance(), advance: (ms: number) => (clock += ms) };
}

describe('channel pins', () => {
  it('answers from a pin made on this instance at once', async () => {
    const { here } = setUp();
    expect(await here.pinnedRelease('C1')).toBeNull();
    expect(await here.pin('C1', 'release-a', 'U0COMMS')).toBe(true);
    expect(await here.pinnedRelease('C1')).toBe('release-a');
  });

  it('sees another instance’s pin once its cache has expired, not before', async () => {
    const { here, there, advance } = setUp();
    expect(await there.pinnedRelease('C1')).toBeNull();
    await here.pin('C1', 'release-a', 'U0COMMS');
    expect(await there.pinnedRelease('C1')).toBeNull();
    advance(PIN_CACHE_MS);
    expect(await there.pinnedRelease('C1')).toBe('release-a');
  });

  it('forgets a pin undone on this instance at once, and says whether there was one', async () => {
    const { here } = setUp();
    await here.pin('C1', 'release-a', 'U0COMMS');
    expect(await here.unpin('C1')).toBe(true);
    expect(await here.pinnedRelease('C1')).toBeNull();
    expect(await here.unpin('C1')).toBe(false);
  });

  it('keeps answering with the last pin read while the store fails', async () => {
    const { store, here, advance } = setUp();
    await here.pin('C1', 'release-a', 'U0COMMS');
    await store.close();
    advance(PIN_CACHE_MS);
    expect(await here.pinnedRelease('C1')).toBe('release-a');
    expect(await here.pinnedRelease('C2')).toBeNull();
  });

  it('says a pin or an unpin was not saved when the store fails', async () => {
    const { store, here } = setUp();
    await store.close();
    expect(await here.pin('C1', 'release-a', 'U0COMMS')).toBe(false);
    expect(await here.unpin('C1')).toBeNull();
    expect(await here.list()).toEqual([]);
  });

  it('lists the pins with their release’s title, none for a release no longer loaded', () => {
    const pins = [
      { channelId: 'C1', releaseId: 'release-a', pinnedBy: 'U0COMMS', pinnedAt: new Date() },
      { channelId: 'C2', releaseId: 'gone', pinnedBy: 'U0COMMS', pinnedAt: new Date() },
    ];
    expect(homePins(pins, [{ id: 'release-a', title: 'Essai A' }])).toEqual([
      { channelId: 'C1', releaseTitle: 'Essai A' },
      { channelId: 'C2', releaseTitle: null },
    ]);
  });
});
