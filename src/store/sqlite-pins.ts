/** The embedded store's channel pins (see `Store.pinChannel`). */
import type Database from 'better-sqlite3';
import { PIN_COLUMNS, pinFromRow, pinValues, type PinRow } from './pin-rows.ts';
import { statementsOnFirstUse } from './sqlite-statements.ts';
import type { Store } from './store.ts';

type PinMethods = Pick<Store, 'pinChannel' | 'unpinChannel' | 'channelPin' | 'channelPins'>;

export function sqlitePins(db: Database.Database): PinMethods {
  const sql = statementsOnFirstUse(db);
  return {
    async pinChannel(pin) {
      sql(`INSERT INTO channel_pins (${PIN_COLUMNS}) VALUES (?, ?, ?, ?)
        ON CONFLICT (channel_id) DO UPDATE SET release_id = excluded.release_id, pinned_by = excluded.pinned_by, pinned_ms = excluded.pinned_ms`).run(...pinValues(pin));
    },
    unpinChannel: async (channelId) => sql('DELETE FROM channel_pins WHERE channel_id = ?').run(channelId).changes > 0,
    async channelPin(channelId) {
      const row = sql(`SELECT ${PIN_COLUMNS} FROM channel_pins WHERE channel_id = ?`).get(channelId) as PinRow | undefined;
      return row === undefined ? undefined : pinFromRow(row);
    },
    channelPins: async () => (sql(`SELECT ${PIN_COLUMNS} FROM channel_pins ORDER BY pinned_ms DESC, channel_id`).all() as PinRow[]).map(pinFromRow),
  };
}
