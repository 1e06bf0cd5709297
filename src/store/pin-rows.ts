/** The `channel_pins` rows as both engines return them (Postgres gives BIGINT as text). */
import type { ChannelPin } from './store.ts';

export interface PinRow {
  channel_id: string;
  release_id: string;
  pinned_by: string;
  pinned_ms: number | string;
}

export const PIN_COLUMNS = 'channel_id, release_id, pinned_by, pinned_ms';

export function pinFromRow(row: PinRow): ChannelPin {
  return { channelId: row.channel_id, releaseId: row.release_id, pinnedBy: row.pinned_by, pinnedAt: new Date(Number(row.pinned_ms)) };
}

export function pinValues(pin: ChannelPin): [string, string, string, number] {
  return [pin.channelId, pin.releaseId, pin.pinnedBy, pin.pinnedAt.getTime()];
}
