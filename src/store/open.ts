/**
 * Opens the store the settings call for: Postgres when `DATABASE_URL` is set, else the embedded
 * file in `DATA_DIR`. A store that cannot be opened is a start-up error naming the setting and
 * the cause, with the database password left out.
 */
import { databasePassword, type StoreConfig } from '../config.ts';
import { redact } from '../log.ts';
import type { Store } from './store.ts';

/** The store could not be opened; the message names `DATA_DIR` or `DATABASE_URL`. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

function causeOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return causeOf(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message.trim() === '' && typeof code === 'string' ? code : error.message;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

export interface OpenOptions {
  /** The store of a process that serves (the Slack app), not of a one-off command: the embedded store writes each question on a thread of its own. */
  serving?: boolean;
}

export async function openStore(config: StoreConfig, { serving = false }: OpenOptions = {}): Promise<Store> {
  if (config.kind === 'embedded') {
    try {
      // Each backend is loaded only when chosen: the console's start does not pay for the other driver.
      const { openSqliteStore } = await import('./sqlite.ts');
      return openSqliteStore({ dataDir: config.dataDir, worker: serving });
    } catch (error) {
      throw new StoreOpenError(`DATA_DIR (${config.dataDir}): the embedded store cannot be opened: ${causeOf(error)}`);
    }
  }
  const { openPostgresStore, redactDatabaseUrl } = await import('./postgres.ts');
  try {
    return await openPostgresStore({ url: config.url });
  } catch (error) {
    const cause = redact(causeOf(error), databasePassword(config.url));
    throw new StoreOpenError(`DATABASE_URL (${redactDatabaseUrl(config.url)}): the Postgres store cannot be opened: ${cause}`);
  }
}
