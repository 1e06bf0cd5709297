/**
 * Questions' claims (`Store.claimQuestion`) on Postgres, the ones asked in the same turn of the
 * event loop sent as one statement: under load the bot has dozens of questions in hand at once,
 * and each round trip to the server costs the event loop more than the statement costs the
 * server. Each question is still claimed and counted atomically, on its own: the statement
 * upserts one claim and one rate-limit window per question, and a question whose claim was
 * held gets no count.
 *
 * One statement cannot upsert one row twice, so a batch never holds two questions of one user
 * or of one message: the second goes in the next batch. Rows are locked in one order (claims by
 * key, then windows by user) in every statement, so two instances' batches cannot deadlock.
 */
import type pg from 'pg';
import type { ClaimKey } from './store.ts';

interface Waiting {
  key: ClaimKey;
  userId: string;
  windowMs: number;
  nowMs: number;
  resolve: (count: number | null) => void;
  reject: (error: unknown) => void;
}

/** A bound on one statement's size. */
const MAX_BATCH = 64;

const ONE = `WITH claimed AS (
  INSERT INTO claims (kind, key, claimed_ms, expires_ms) VALUES ($1, $2, $3, $4)
  ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
  WHERE claims.expires_ms <= excluded.claimed_ms
  RETURNING claimed_ms
)
INSERT INTO rate_windows AS w (user_id, opened_ms, questions) SELECT $5, claimed_ms, 1 FROM claimed
ON CONFLICT (user_id) DO UPDATE SET
  questions = CASE WHEN w.opened_ms <= excluded.opened_ms - $6 THEN 1 ELSE w.questions + 1 END,
  opened_ms = CASE WHEN w.opened_ms <= excluded.opened_ms - $6 THEN excluded.opened_ms ELSE w.opened_ms END
RETURNING questions`;

const MANY = `WITH asked AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[]) AS a(kind, key, claimed_ms, expires_ms, user_id)
), claimed AS (
  INSERT INTO claims (kind, key, claimed_ms, expires_ms) SELECT kind, key, claimed_ms, expires_ms FROM asked ORDER BY kind, key
  ON CONFLICT (kind, key) DO UPDATE SET claimed_ms = excluded.claimed_ms, expires_ms = excluded.expires_ms
  WHERE claims.expires_ms <= excluded.claimed_ms
  RETURNING kind, key
)
INSERT INTO rate_windows AS w (user_id, opened_ms, questions)
SELECT a.user_id, a.claimed_ms, 1 FROM asked a JOIN claimed c ON c.kind = a.kind AND c.key = a.key ORDER BY a.user_id
ON CONFLICT (user_id) DO UPDATE SET
  questions = CASE WHEN w.opened_ms <= excluded.opened_ms - $6 THEN 1 ELSE w.questions + 1 END,
  opened_ms = CASE WHEN w.opened_ms <= excluded.opened_ms - $6 THEN excluded.opened_ms ELSE w.opened_ms END
RETURNING user_id, questions`;

/** `claimQuestion` for a store on `pool`. */
export function questionClaims(pool: pg.Pool): (key: ClaimKey, userId: string, windowMs: number, now: Date) => Promise<number | null> {
  let waiting: Waiting[] = [];
  let scheduled = false;

  const send = async (batch: readonly Waiting[]): Promise<void> => {
    const [only] = batch;
    if (batch.length === 1 && only !== undefined) {
      const { key, userId, windowMs, nowMs } = only;
      const result = await pool.query<{ questions: number }>({ name: 'claim_question', text: ONE, values: [key.kind, key.key, nowMs, nowMs + key.ttlMs, userId, windowMs] });
      only.resolve(result.rows[0]?.questions ?? null);
      return;
    }
    const result = await pool.query<{ user_id: string; questions: number }>({
      name: 'claim_questions',
      text: MANY,
      values: [
        batch.map((w) => w.key.kind),
        batch.map((w) => w.key.key),
        batch.map((w) => w.nowMs),
        batch.map((w) => w.nowMs + w.key.ttlMs),
        batch.map((w) => w.userId),
        batch[0]?.windowMs ?? 0,
      ],
    });
    // One question per user in a batch: a user's window row is that question's count.
    const counts = new Map(result.rows.map((row) => [row.user_id, row.questions]));
    for (const w of batch) w.resolve(counts.get(w.userId) ?? null);
  };

  const flush = (): void => {
    scheduled = false;
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const users = new Set<string>();
    const keys = new Set<string>();
    for (const w of waiting) {
      const key = `${w.key.kind}\u0000${w.key.key}`;
      const fits = batch.length < MAX_BATCH && !users.has(w.userId) && !keys.has(key) && w.windowMs === (batch[0]?.windowMs ?? w.windowMs);
      if (!fits) {
        later.push(w);
        continue;
      }
      batch.push(w);
      users.add(w.userId);
      keys.add(key);
    }
    waiting = later;
    if (waiting.length > 0) schedule();
    send(batch).catch((error: unknown) => {
      for (const w of batch) w.reject(error);
    });
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (key, userId, windowMs, now) =>
    new Promise((resolve, reject) => {
      waiting.push({ key, userId, windowMs, nowMs: now.getTime(), resolve, reject });
      schedule();
    });
}
