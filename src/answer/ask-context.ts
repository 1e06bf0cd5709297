import type { AskContext } from './types.ts';

/**
 * The context of a question, its missing fields defaulted: asked inside the organisation, where
 * nobody outside reads it, now, in a channel pinned to no release. The defaults are those of
 * the communications team at its terminal; the Slack edge always says who asks and where.
 */
export function askContext(partial: Partial<AskContext> = {}): AskContext {
  return {
    audience: partial.audience ?? 'internal',
    exposed: partial.exposed ?? false,
    now: partial.now ?? new Date(),
    pinnedReleaseId: partial.pinnedReleaseId ?? null,
  };
}
