/**
 * Structured logs: one JSON object per line, filtered by level, with every Slack token, the
 * `ticket` of a Socket Mode connection URL (it opens a connection as the app) and every
 * configured secret replaced by `[redacted]` before the line is written.
 */
import type { LogLevel } from './config.ts';

export type { LogLevel };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** Whether a line at `level` would be written; lets callers skip building costly or sensitive fields. */
  isEnabled(level: LogLevel): boolean;
  readonly level: LogLevel;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Receives each finished line, without the newline. Defaults to stdout, in batches (see `batchLines`). */
  write?: (line: string) => void;
  /** Exact values to hide wherever they appear (tokens, signing secret). */
  secrets?: readonly string[];
  now?: () => Date;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Slack tokens: bot, user, app-level, legacy and refresh tokens. */
const TOKEN_PATTERN = /\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]+/g;

const REDACTED = '[redacted]';

/** `wss://…/link/?ticket=…&app_id=…`: Socket Mode logs its connection URL at debug level. */
const TICKET_PATTERN = /([?&]ticket=)[^&\s"'\\]+/g;

function serializeError(error: Error): LogFields {
  const fields: LogFields = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') fields.code = code;
  if (error.stack) fields.stack = error.stack;
  return fields;
}

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

function needsReplacer(fields: LogFields | undefined): boolean {
  if (!fields) return false;
  return Object.values(fields).some((value) => value instanceof Error || typeof value === 'bigint' || (typeof value === 'object' && value !== null));
}

/** Each secret as written raw and as JSON escaping writes it, when that differs. */
function secretForms(secrets: readonly string[]): string[] {
  return secrets.filter((secret) => secret.length >= 4).flatMap((secret) => {
    const asJson = JSON.stringify(secret).slice(1, -1);
    return asJson === secret ? [secret] : [secret, asJson];
  });
}

function redactForms(line: string, forms: readonly string[]): string {
  let out = line.includes('xox') || line.includes('xapp') ? line.replace(TOKEN_PATTERN, REDACTED) : line;
  if (out.includes('ticket=')) out = out.replace(TICKET_PATTERN, `$1${REDACTED}`);
  // `includes` first: one line per question passes here, and it almost never holds a secret.
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** Replaces tokens and the given secrets in an already serialised line. */
export function redact(line: string, secrets: readonly string[] = []): string {
  return redactForms(line, secretForms(secrets));
}

/**
 * A line writer that hands `write` the lines of one turn of the event loop together, each
 * ending with a newline, and whatever is left when the process exits. Stdout is synchronous
 * for files and pipes on Linux: a busy bot logs one line per question, and one system call per
 * line (each waking whoever reads the pipe) costs more than building the line.
 */
export function batchLines(write: (chunk: string) => void): (line: string) => void {
  let pending = '';
  const flush = (): void => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    write(chunk);
  };
  process.on('exit', flush);
  return (line) => {
    if (pending === '') setImmediate(flush);
    pending += `${line}\n`;
  };
}

let stdoutLines: ((line: string) => void) | undefined;

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? (stdoutLines ??= batchLines((chunk) => void process.stdout.write(chunk)));
  const secrets = secretForms(options.secrets ?? []);
  const now = options.now ?? (() => new Date());
  const threshold = rank[options.level];

  const log = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (rank[level] < threshold) return;
    let line: string;
    try {
      const record = { time: now().toISOString(), level, msg, ...fields };
      // The replacer only serialises errors and bigints; most lines have neither and skip its cost.
      line = JSON.stringify(record, needsReplacer(fields) ? replacer : undefined);
    } catch {
      line = JSON.stringify({ time: now().toISOString(), level, msg, note: 'fields could not be serialised' });
    }
    write(redactForms(line, secrets));
  };

  return {
    level: options.level,
    isEnabled: (level) => rank[level] >= threshold,
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}
