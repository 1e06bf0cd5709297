import type { AskContext } from './types.ts';

/**
 * The context of a question with every missing field filled: asked inside the organisation,
 * where nobody outside can read it, now, in a channel pinned to no release.
 */
export function askContext(partial: Partial<AskContext> = {}): AskContext {
  return {
    audience: partial.audience ?? 'internal',
    exposed: partial.exposed ?? false,
    now: partial.now ?? new Date(),
    pinnedReleaseId: partial.pinnedReleaseId ?? null,
  };
}
