/** The channel pins part of the store contract (`contract.ts`), run on each engine. */
import { describe, expect, it } from 'vitest';
import type { ChannelPin, Store } from '../../src/store/store.ts';

const T0 = new Date('2026-12-01T10:00:00Z');
const pin = (channelId: string, releaseId: string, ms = 0, pinnedBy = 'U0COMMS'): ChannelPin => ({ channelId, releaseId, pinnedBy, pinnedAt: new Date(T0.getTime() + ms) });

export function describePinsContract(open: () => Promise<Store>): void {
  describe('channel pins', () => {
    it('gives back a channel’s pin with who pinned it and when', async () => {
      const store = await open();
      await store.pinChannel(pin('C1', 'gustave-roussy-esmo-2024-mariposa'));
      expect(await store.channelPin('C1')).toEqual(pin('C1', 'gustave-roussy-esmo-2024-mariposa'));
      expect(await store.channelPin('C2')).toBeUndefined();
    });

    it('replaces a channel’s pin with the new one', async () => {
      const store = await open();
      await store.pinChannel(pin('C1', 'release-a'));
      await store.pinChannel(pin('C1', 'release-b', 1000, 'U0OTHER'));
      expect(await store.channelPin('C1')).toEqual(pin('C1', 'release-b', 1000, 'U0OTHER'));
      expect(await store.channelPins()).toHaveLength(1);
    });

    it('unpins a channel once', async () => {
      const store = await open();
      await store.pinChannel(pin('C1', 'release-a'));
      expect(await store.unpinChannel('C1')).toBe(true);
      expect(await store.unpinChannel('C1')).toBe(false);
      expect(await store.channelPin('C1')).toBeUndefined();
    });

    it('lists every pin, newest first', async () => {
      const store = await open();
      await store.pinChannel(pin('C1', 'release-a', 0));
      await store.pinChannel(pin('C2', 'release-b', 2000));
      await store.pinChannel(pin('C3', 'release-a', 1000));
      expect((await store.channelPins()).map((p) => p.channelId)).toEqual(['C2', 'C3', 'C1']);
    });

    it('shows a pin made by one instance to another', async () => {
      const first = await open();
      const second = await open();
      await first.pinChannel(pin('C1', 'release-a'));
      expect((await second.channelPin('C1'))?.releaseId).toBe('release-a');
    });

    it('keeps pins through the purge', async () => {
      const store = await open();
      await store.pinChannel(pin('C1', 'release-a'));
      await store.purge(new Date(T0.getTime() + 365 * 86_400_000), 90);
      expect(await store.channelPin('C1')).toBeDefined();
    });
  });
}
