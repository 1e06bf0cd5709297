import type { Logger, LogFields } from '../log.ts';

/**
 * Runs a listener's work; if it fails, logs the error and tries to tell the user, in French,
 * that something went wrong. Never throws: a failing Web API or engine must not take the
 * process down, and the next question must still be answered.
 */
export async function withApology(
  work: () => Promise<void>,
  apologize: () => Promise<unknown>,
  logger: Logger,
  fields: LogFields,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error('listener failed', { ...fields, error });
    try {
      await apologize();
    } catch (apologyError) {
      logger.error('apology failed', { ...fields, error: apologyError });
    }
  }
}
