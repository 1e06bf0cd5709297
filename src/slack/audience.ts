/**
 * Who is asking, from Slack's own data: someone of the organisation that runs the bot, someone
 * of another organisation (Slack Connect), or a guest. The event's `user_team` (or `team`)
 * against the app's team, then `users.info` for guests and other teams, cached a few minutes.
 * When Slack cannot tell, the asker counts as outside: a release under embargo must not leak.
 */
import type { Logger } from '../log.ts';

export type Audience = 'internal' | 'external' | 'guest';

/** Long enough to spare Slack a call per question, short enough that a guest promoted or removed is seen soon. */
export const AUDIENCE_CACHE_MS = 5 * 60_000;

export interface UsersInfoClient {
  users: {
    info(args: { user: string }): Promise<{ user?: { team_id?: string; is_restricted?: boolean; is_ultra_restricted?: boolean; is_stranger?: boolean } }>;
  };
}

export interface Asker {
  userId: string;
  /** The asker's team as the event gives it (`user_team`, else `team`), when it does. */
  teamId?: string | undefined;
}

export interface AudienceReader {
  audienceOf(asker: Asker): Promise<Audience>;
}

export function createAudienceReader(appTeamId: () => string | undefined, client: UsersInfoClient, logger: Logger, now: () => number = Date.now): AudienceReader {
  const cache = new Map<string, { audience: Audience; at: number }>();

  async function lookUp(userId: string, home: string): Promise<Audience> {
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return 'external';
      if (user.is_stranger || (user.team_id !== undefined && user.team_id !== home)) return 'external';
      return user.is_restricted || user.is_ultra_restricted ? 'guest' : 'internal';
    } catch (error) {
      logger.warn('asker unknown to Slack, treated as outside', { user: userId, error });
      return 'external';
    }
  }

  return {
    async audienceOf({ userId, teamId }) {
      const home = appTeamId();
      if (home === undefined) return 'external';
      if (teamId !== undefined && teamId !== home) return 'external';
      const cached = cache.get(userId);
      if (cached && now() - cached.at < AUDIENCE_CACHE_MS) return cached.audience;
      const audience = await lookUp(userId, home);
      // Memory stays bounded by the people who asked within the cache's lifetime.
      for (const [user, entry] of cache) if (now() - entry.at >= AUDIENCE_CACHE_MS) cache.delete(user);
      cache.set(userId, { audience, at: now() });
      return audience;
    },
  };
}
