/**
 * The one place where a Slack question's context is made: who asks (inside the organisation,
 * from another one, a guest), whether outsiders can read where it is answered, and when.
 * Every surface builds it here, from what its payload says and what `SlackDirectory` learns
 * from Slack (when Slack cannot tell, the asker is outside and the place exposed), with the
 * release the channel is pinned to.
 */
import type { AskContext } from '../answer/types.ts';
import type { SlackDeps } from './deps.ts';
import { readActionPlace } from './payloads.ts';

export interface AskPlace {
  userId: string;
  /** The conversation the answer goes to; undefined when the payload does not say. */
  channelId: string | undefined;
  /** Only the asker reads the answer: a direct message, the slash command's private answer, a button's private reply. */
  private: boolean;
  /** The asker's team as the payload names it (`user_team`, `team`, `user.team_id`), if it does. */
  payloadTeam?: string | undefined;
  /** The envelope's `is_ext_shared_channel`: the channel is shared with another organisation. */
  sharedChannel?: boolean | undefined;
}

/**
 * The context of a question asked at `place`. What the payload does not say (a guest asking, a
 * guest among the members) is looked up only while an embargo runs: it changes no answer
 * otherwise, and costs Web API calls; the log then tells guests from members only as the
 * payload's team does.
 */
export async function contextOf(place: AskPlace, deps: SlackDeps): Promise<AskContext> {
  const now = deps.clock();
  const embargoRunning = deps.answerer.embargoRunning(now);
  const audience = embargoRunning ? await deps.directory.audienceOf(place.userId, place.payloadTeam) : await deps.directory.payloadAudience(place.payloadTeam);
  const pinnedReleaseId = place.channelId === undefined ? null : await deps.pins.pinnedRelease(place.channelId);
  return { audience, exposed: await isExposed(place, audience, embargoRunning, deps), now, pinnedReleaseId };
}

async function isExposed(place: AskPlace, audience: AskContext['audience'], embargoRunning: boolean, deps: SlackDeps): Promise<boolean> {
  if (place.private) return false;
  if (place.sharedChannel === true || audience !== 'internal') return true;
  if (!embargoRunning) return false;
  return place.channelId === undefined || deps.directory.channelExposed(place.channelId);
}

/** The context of a click under an answer, answered to the clicker alone: their channel and their team, from the click's payload. */
export function clickContext(body: unknown, userId: string, deps: SlackDeps): Promise<AskContext> {
  const where = readActionPlace(body);
  return contextOf({ userId, channelId: where.channelId, private: true, payloadTeam: where.userTeam }, deps);
}

/** Whether outsiders can read `channelId`, for publishing there; true when Slack cannot tell. */
export function channelExposed(channelId: string | undefined, deps: SlackDeps): Promise<boolean> {
  return channelId === undefined ? Promise.resolve(true) : deps.directory.channelExposed(channelId);
}
