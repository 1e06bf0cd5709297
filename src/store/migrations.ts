/**
 * The schema, as numbered migrations with one text per engine. Applied at start, in order, in
 * one transaction, each recorded in `schema_migrations`; one already recorded is never run
 * again. A change to the schema is a new entry at the end, never an edit of a past one.
 *
 * Times are milliseconds since the epoch (`*_ms`) in both engines, so that both backends
 * compare and purge them the same way.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/**
 * Written on every question, so kept to one B-tree each in SQLite (`WITHOUT ROWID`: the key is
 * the table) and to the primary key in Postgres; the daily purge scans them, which is cheap next
 * to an index on every insert.
 */
const deliveryState = (withoutRowid: string): string => `
CREATE TABLE claims (
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  claimed_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL,
  PRIMARY KEY (kind, key)
)${withoutRowid};
CREATE TABLE rate_windows (
  user_id TEXT PRIMARY KEY,
  opened_ms BIGINT NOT NULL,
  questions INTEGER NOT NULL
)${withoutRowid};
`;

const questionsAndFeedback = (bool: string, real: string): string => `
CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  asked_ms BIGINT NOT NULL,
  surface TEXT NOT NULL,
  channel_type TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  thread_ts TEXT,
  user_id TEXT NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  answered ${bool} NOT NULL,
  confidence ${real},
  passage_id TEXT,
  release_id TEXT,
  engine_ms ${real}
);
CREATE INDEX questions_asked ON questions (asked_ms);
CREATE TABLE feedback (
  question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  helpful ${bool} NOT NULL,
  at_ms BIGINT NOT NULL,
  PRIMARY KEY (question_id, user_id)
);
`;

/**
 * `change_seq` orders every addition and removal, so that an instance can ask what changed since
 * the last number it saw; writers take it one after the other (see the backends).
 */
const teaching = `
CREATE TABLE taught_questions (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  passage_id TEXT NOT NULL,
  release_id TEXT,
  taught_by TEXT NOT NULL,
  taught_ms BIGINT NOT NULL,
  removed_ms BIGINT,
  change_seq BIGINT NOT NULL
);
CREATE INDEX taught_questions_changes ON taught_questions (change_seq);
CREATE TABLE question_flags (
  question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  flagged_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  flagged_ms BIGINT NOT NULL,
  PRIMARY KEY (question_id, flagged_by)
);
`;

/** What the review reads and writes beside the questions: who asked from outside, taught answers, what the team dealt with. */
const review = (bool: string, no: string): string => `
ALTER TABLE questions ADD COLUMN external ${bool} NOT NULL DEFAULT ${no};
ALTER TABLE questions ADD COLUMN verified ${bool} NOT NULL DEFAULT ${no};
CREATE TABLE review_resolutions (
  question_key TEXT NOT NULL,
  question_id TEXT NOT NULL,
  resolved_ms BIGINT NOT NULL,
  resolved_by TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX review_resolutions_time ON review_resolutions (resolved_ms);
`;

/** Which release a channel is pinned to: one row per channel, replaced by a new pin, deleted by an unpin. */
const pins = `
CREATE TABLE channel_pins (
  channel_id TEXT PRIMARY KEY,
  release_id TEXT NOT NULL,
  pinned_by TEXT NOT NULL,
  pinned_ms BIGINT NOT NULL
);
`;

/**
 * Who asked: inside the organisation, from another one, or a guest. The questions asked before
 * say only whether the asker was outside: those read as `external`.
 */
const audience = (outside: string): string => `
ALTER TABLE questions ADD COLUMN audience TEXT NOT NULL DEFAULT 'internal';
UPDATE questions SET audience = 'external' WHERE ${outside};
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'delivery state', sqlite: deliveryState(' WITHOUT ROWID'), postgres: deliveryState('') },
  {
    version: 2,
    name: 'questions and feedback',
    sqlite: questionsAndFeedback('INTEGER', 'REAL'),
    postgres: questionsAndFeedback('BOOLEAN', 'DOUBLE PRECISION'),
  },
  { version: 3, name: 'teaching: taught questions, flags', sqlite: teaching, postgres: teaching },
  { version: 4, name: 'review: outside askers, verified answers, reviews', sqlite: review('INTEGER', '0'), postgres: review('BOOLEAN', 'false') },
  { version: 5, name: 'channel pins', sqlite: pins, postgres: pins },
  { version: 6, name: 'audience of each question', sqlite: audience('external = 1'), postgres: audience('external') },
];

/**
 * The migrations of `all` not yet in `applied`, in order. A version in `applied` that `all` does
 * not know (a newer bot migrated this store) is left alone: migrations only add, so an older
 * replica still works during a rolling deploy. Versions may skip a number, and a lower one may
 * come after a higher one was applied: two changes made side by side merge in either order.
 */
export function pendingMigrations(all: readonly Migration[], applied: readonly number[]): Migration[] {
  const done = new Set(applied);
  return [...all].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
