/**
 * The channels' pinned releases, kept in the store so that every instance answers a channel
 * from the same release. Read for each question, through a short cache: a pin changes a few
 * times a month, a busy channel asks several questions a minute, and each read is a round trip
 * to Postgres in front of the answer. Five seconds: another instance answers from a new pin
 * within five seconds of it, and this instance at once (its own pins and unpins refresh its cache).
 */
import type { HomePin } from '../render/slack-home.ts';
import type { ChannelPin, Store } from '../store/store.ts';

export const PIN_CACHE_MS = 5_000;

/** Beyond this many channels the cache starts again: only the busy channels come back to it. */
const CACHE_MAX_CHANNELS = 10_000;

export interface ChannelPins {
  /** The release the channel is pinned to, or null; when the store fails, the last one read (else null). */
  pinnedRelease(channelId: string): Promise<string | null>;
  /** False when the store failed and nothing was saved. */
  pin(channelId: string, releaseId: string, userId: string): Promise<boolean>;
  /** Whether the channel was pinned; null when the store failed. */
  unpin(channelId: string): Promise<boolean | null>;
  /** Every pin, newest first; none when the store fails. */
  list(): Promise<ChannelPin[]>;
}

/** Runs a store call, or its fallback when the store fails (`Delivery.withStore`: the bot answers without the store). */
export type StoreRunner = <T>(operation: string, work: (store: Store) => Promise<T>, fallback: () => T) => Promise<T>;

export function createChannelPins(withStore: StoreRunner, now: () => number = Date.now): ChannelPins {
  const cache = new Map<string, { releaseId: string | null; at: number }>();
  const remember = (channelId: string, releaseId: string | null): void => {
    if (cache.size >= CACHE_MAX_CHANNELS) cache.clear();
    cache.set(channelId, { releaseId, at: now() });
  };

  return {
    async pinnedRelease(channelId) {
      const cached = cache.get(channelId);
      if (cached && now() - cached.at < PIN_CACHE_MS) return cached.releaseId;
      const read = await withStore<string | null | undefined>(
        'read channel pin',
        async (s) => (await s.channelPin(channelId))?.releaseId ?? null,
        () => undefined,
      );
      if (read === undefined) return cached?.releaseId ?? null;
      remember(channelId, read);
      return read;
    },
    async pin(channelId, releaseId, userId) {
      const saved = await withStore(
        'pin channel',
        async (s) => {
          await s.pinChannel({ channelId, releaseId, pinnedBy: userId, pinnedAt: new Date(now()) });
          return true;
        },
        () => false,
      );
      if (saved) remember(channelId, releaseId);
      return saved;
    },
    async unpin(channelId) {
      const removed = await withStore<boolean | null>('unpin channel', (s) => s.unpinChannel(channelId), () => null);
      if (removed !== null) remember(channelId, null);
      return removed;
    },
    list: () => withStore('list channel pins', (s) => s.channelPins(), () => []),
  };
}

/** The pins as the App Home lists them: each with its release's title, null when that release is not loaded. */
export function homePins(pins: readonly ChannelPin[], releases: readonly { id: string; title: string }[]): HomePin[] {
  const titles = new Map(releases.map((release) => [release.id, release.title]));
  return pins.map((pin) => ({ channelId: pin.channelId, releaseTitle: titles.get(pin.releaseId) ?? null }));
}
