import type { Logger, LogFields } from '../log.ts';
import { isUncertainWebApiFailure } from './web-api-policy.ts';

/**
 * Runs a listener's work; if it fails, logs the error and tries to tell the user, in French,
 * that something went wrong. Never throws: a failing Web API or engine must not take the
 * process down, and the next question must still be answered. A Web API call that timed out or
 * lost its connection may have been carried out: then nothing more is sent, since the reply may
 * be in the channel already and an apology under it would be a second message.
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
    if (isUncertainWebApiFailure(error)) {
      logger.warn('reply may have reached Slack: not sent again', { ...fields, error });
      return;
    }
    logger.error('listener failed', { ...fields, error });
    try {
      await apologize();
    } catch (apologyError) {
      logger.error('apology failed', { ...fields, error: apologyError });
    }
  }
}
