/**
 * Who may review answers: the members of the communications channel (`COMMS_CHANNEL`) and the
 * users named in `COMMS_USERS`. Checked on the server for every review action, since a button
 * click can be forged or replayed; the channel's members are cached briefly. When Slack cannot
 * say, the answer is no. A channel shared with another organisation (Slack Connect) makes no
 * reviewers: its members include people of that organisation.
 */
import type { Logger } from '../log.ts';

/** Long enough to spare Slack a call per click, short enough that a removed member loses access soon. */
export const MEMBERS_CACHE_MS = 60_000;
/** The largest page Slack serves for `conversations.members`. */
const PAGE_SIZE = 1000;

export interface CommsTeamSettings {
  channelId: string | null;
  userIds: readonly string[];
}

/** The one Web API method this needs; Bolt's client satisfies it. */
export interface MembersClient {
  conversations: {
    info(args: { channel: string }): Promise<{ channel?: { is_ext_shared?: boolean; is_pending_ext_shared?: boolean } }>;
    members(args: { channel: string; limit: number; cursor?: string }): Promise<{ members?: string[]; response_metadata?: { next_cursor?: string } }>;
  };
}

export interface CommsTeam {
  /** Whether anyone at all can review: with neither setting, nobody can. */
  readonly configured: boolean;
  readonly channelId: string | null;
  isMember(userId: string): Promise<boolean>;
}

/** `client` is asked for when needed: the Web API client exists only once the app is built. */
export function createCommsTeam(settings: CommsTeamSettings, client: () => MembersClient, logger: Logger, now: () => number = Date.now): CommsTeam {
  const named = new Set(settings.userIds);
  let cached: { members: ReadonlySet<string>; at: number } | null = null;
  let loading: Promise<ReadonlySet<string>> | null = null;

  /** One lookup at a time: the clicks that come while it runs wait for it. */
  function channelMembers(channel: string): Promise<ReadonlySet<string>> {
    if (cached && now() - cached.at < MEMBERS_CACHE_MS) return Promise.resolve(cached.members);
    loading ??= fetchMembers(channel).finally(() => {
      loading = null;
    });
    return loading;
  }

  async function fetchMembers(channel: string): Promise<ReadonlySet<string>> {
    const { channel: info } = await client().conversations.info({ channel });
    if (info?.is_ext_shared || info?.is_pending_ext_shared) {
      logger.warn('COMMS_CHANNEL is shared with another organisation: its members cannot review; use a channel of your own, or COMMS_USERS', { channel });
      cached = { members: new Set(), at: now() };
      return cached.members;
    }
    const members = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await client().conversations.members({ channel, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      for (const member of page.members ?? []) members.add(member);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    cached = { members, at: now() };
    return members;
  }

  return {
    configured: settings.channelId !== null || named.size > 0,
    channelId: settings.channelId,
    async isMember(userId: string): Promise<boolean> {
      if (named.has(userId)) return true;
      if (settings.channelId === null) return false;
      try {
        return (await channelMembers(settings.channelId)).has(userId);
      } catch (error) {
        logger.warn('comms channel members unavailable', { channel: settings.channelId, error });
        return false;
      }
    },
  };
}
