/** The shared store's channel pins (see `Store.pinChannel`). */
import type pg from 'pg';
import { PIN_COLUMNS, pinFromRow, pinValues, type PinRow } from './pin-rows.ts';
import type { Store } from './store.ts';

type PinMethods = Pick<Store, 'pinChannel' | 'unpinChannel' | 'channelPin' | 'channelPins'>;

export function postgresPins(pool: pg.Pool): PinMethods {
  return {
    async pinChannel(pin) {
      await pool.query(
        `INSERT INTO channel_pins (${PIN_COLUMNS}) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel_id) DO UPDATE SET release_id = excluded.release_id, pinned_by = excluded.pinned_by, pinned_ms = excluded.pinned_ms`,
        pinValues(pin),
      );
    },
    unpinChannel: async (channelId) => ((await pool.query('DELETE FROM channel_pins WHERE channel_id = $1', [channelId])).rowCount ?? 0) > 0,
    async channelPin(channelId) {
      // Read on every question not found in the pins' cache: prepared once per connection.
      const row = (await pool.query<PinRow>({ name: 'channel_pin', text: `SELECT ${PIN_COLUMNS} FROM channel_pins WHERE channel_id = $1`, values: [channelId] })).rows[0];
      return row === undefined ? undefined : pinFromRow(row);
    },
    channelPins: async () => (await pool.query<PinRow>(`SELECT ${PIN_COLUMNS} FROM channel_pins ORDER BY pinned_ms DESC, channel_id`)).rows.map(pinFromRow),
  };
}
