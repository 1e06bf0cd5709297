/**
 * Bolt and the Web API client log through their own `Logger` interface; this routes their
 * lines into our JSON logger (and so through its redaction), tagged `source: "bolt"`.
 */
import { LogLevel as BoltLogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger, LogLevel } from '../log.ts';

const toBolt: Record<LogLevel, BoltLogLevel> = {
  debug: BoltLogLevel.DEBUG,
  info: BoltLogLevel.INFO,
  warn: BoltLogLevel.WARN,
  error: BoltLogLevel.ERROR,
};

function describe(parts: unknown[]): string {
  return parts
    .map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : typeof part === 'string' ? part : JSON.stringify(part)))
    .join(' ');
}

export function toBoltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  return {
    // Bolt logs several debug lines per event: describe them only when they will be written.
    debug: (...msg: unknown[]) => logger.isEnabled('debug') && logger.debug(describe(msg), { source: name }),
    info: (...msg: unknown[]) => logger.isEnabled('info') && logger.info(describe(msg), { source: name }),
    warn: (...msg: unknown[]) => logger.warn(describe(msg), { source: name }),
    error: (...msg: unknown[]) => logger.error(describe(msg), { source: name }),
    // The level is ours to set, through LOG_LEVEL; Bolt only reads it.
    setLevel: () => undefined,
    getLevel: () => toBolt[logger.level],
    setName: (next: string) => {
      name = next;
    },
  };
}
