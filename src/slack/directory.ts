/**
 * What Slack says of people and channels, asked through the Web API and kept a few minutes:
 * the app's own team (`auth.test`, once), who a user is (`users.info`: team, guest flags), and
 * whether a channel is shared with another organisation or has guests (`conversations.info`,
 * `conversations.members`). Whenever Slack cannot tell (a call fails, a channel too large to
 * check), the answer is the cautious one: outside, exposed.
 */
import * as z from 'zod';
import type { Audience } from '../answer/types.ts';

/** The Web API methods read here; Bolt's `client` satisfies it. */
export interface DirectoryClient {
  apiCall(method: DirectoryMethod, options: Record<string, unknown>): Promise<unknown>;
}

export type DirectoryMethod = 'auth.test' | 'users.info' | 'conversations.info' | 'conversations.members';

export interface DirectoryOptions {
  /** How long what Slack said of a user or a channel is kept. */
  ttlMs: number;
  /** How long a failed look-up is remembered as such: Slack is not asked again on every question. */
  failureTtlMs: number;
  /** Past this many members, a channel's members are not looked up one by one: it counts as having guests. */
  maxMembersChecked: number;
  now: () => number;
  /** Told of each failed look-up, with the method and the reason. */
  onFailure?: (method: DirectoryMethod, reason: string) => void;
}

export const defaultDirectoryOptions: DirectoryOptions = { ttlMs: 5 * 60_000, failureTtlMs: 30_000, maxMembersChecked: 100, now: Date.now };

const authSchema = z.object({ ok: z.literal(true), team_id: z.string().min(1) });
const userSchema = z.object({
  ok: z.literal(true),
  user: z.object({ team_id: z.string().optional(), is_restricted: z.boolean().optional(), is_ultra_restricted: z.boolean().optional() }),
});
const channelSchema = z.object({
  ok: z.literal(true),
  channel: z.object({ is_ext_shared: z.boolean().optional(), is_pending_ext_shared: z.boolean().optional(), is_im: z.boolean().optional() }),
});
const membersSchema = z.object({ ok: z.literal(true), members: z.array(z.string()), response_metadata: z.object({ next_cursor: z.string().optional() }).optional() });

interface Cached<T> {
  value: T;
  expires: number;
}

export class SlackDirectory {
  readonly #options: DirectoryOptions;
  #client: DirectoryClient | undefined;
  #team: Promise<string | undefined> | undefined;
  readonly #users = new Map<string, Cached<Promise<Audience>>>();
  readonly #channels = new Map<string, Cached<Promise<boolean>>>();

  constructor(options: Partial<DirectoryOptions> = {}) {
    this.#options = { ...defaultDirectoryOptions, ...options };
  }

  /** The client to ask with: the app's, once it is built. Until then every look-up fails closed. */
  attach(client: DirectoryClient): void {
    this.#client = client;
  }

  /** The id of the team that runs the bot; undefined while `auth.test` fails (asked again next time). */
  teamId(): Promise<string | undefined> {
    this.#team ??= this.#call('auth.test', {}).then((body) => {
      const parsed = authSchema.safeParse(body);
      if (!parsed.success) this.#team = undefined;
      return parsed.success ? parsed.data.team_id : undefined;
    });
    return this.#team;
  }

  /**
   * Who `userId` is: `external` when the payload names another team than the app's (no call
   * needed), else from `users.info`: a guest (single- or multi-channel), a member of another
   * team, or internal. `external` when Slack cannot tell.
   */
  async audienceOf(userId: string, payloadTeam?: string): Promise<Audience> {
    const team = await this.teamId();
    if (team === undefined) return 'external';
    if (payloadTeam !== undefined && payloadTeam !== team) return 'external';
    return this.#remember(this.#users, userId, async () => {
      const parsed = userSchema.safeParse(await this.#call('users.info', { user: userId }));
      if (!parsed.success) return undefined;
      const { user } = parsed.data;
      if (user.is_restricted === true || user.is_ultra_restricted === true) return 'guest';
      return user.team_id !== undefined && user.team_id !== team ? 'external' : 'internal';
    }, 'external');
  }

  /** Who asks as the payload alone says: `external` when it names another team than the app's, or Slack cannot tell the app's; else `internal`. */
  async payloadAudience(payloadTeam?: string): Promise<Audience> {
    const team = await this.teamId();
    return team === undefined || (payloadTeam !== undefined && payloadTeam !== team) ? 'external' : 'internal';
  }

  /**
   * Whether people outside the organisation can read `channelId`: shared with another
   * organisation (or being shared), or with a guest or an outsider among its members. True when
   * Slack cannot tell, and for a channel of more members than are checked.
   */
  channelExposed(channelId: string): Promise<boolean> {
    return this.#remember(this.#channels, channelId, async () => {
      const info = channelSchema.safeParse(await this.#call('conversations.info', { channel: channelId }));
      if (!info.success) return undefined;
      if (info.data.channel.is_ext_shared === true || info.data.channel.is_pending_ext_shared === true) return true;
      const members = await this.#members(channelId);
      if (members === undefined) return undefined;
      const audiences = await Promise.all(members.map((member) => this.audienceOf(member)));
      return audiences.some((audience) => audience !== 'internal');
    }, true);
  }

  /** The channel's members, or undefined when Slack does not say or they are too many to check. */
  async #members(channelId: string): Promise<string[] | undefined> {
    const members: string[] = [];
    let cursor = '';
    do {
      const page = membersSchema.safeParse(await this.#call('conversations.members', { channel: channelId, limit: 200, ...(cursor ? { cursor } : {}) }));
      if (!page.success) return undefined;
      members.push(...page.data.members);
      if (members.length > this.#options.maxMembersChecked) return undefined;
      cursor = page.data.response_metadata?.next_cursor ?? '';
    } while (cursor !== '');
    return members;
  }

  /** A look-up kept `ttlMs`, or `failureTtlMs` when it failed and `failed` stands for it. */
  #remember<T>(cache: Map<string, Cached<Promise<T>>>, key: string, look: () => Promise<T | undefined>, failed: T): Promise<T> {
    const now = this.#options.now();
    const hit = cache.get(key);
    if (hit && hit.expires > now) return hit.value;
    const entry: Cached<Promise<T>> = { value: Promise.resolve(failed), expires: now + this.#options.failureTtlMs };
    entry.value = look().then((value) => {
      if (value === undefined) return failed;
      entry.expires = this.#options.now() + this.#options.ttlMs;
      return value;
    });
    cache.set(key, entry);
    if (cache.size > 10_000) cache.delete(cache.keys().next().value ?? key);
    return entry.value;
  }

  /** A Web API call whose failure is a value, never a throw: the caller reads it as "Slack cannot tell". */
  async #call(method: DirectoryMethod, options: Record<string, unknown>): Promise<unknown> {
    if (!this.#client) return undefined;
    try {
      const body = await this.#client.apiCall(method, options);
      if ((body as { ok?: unknown } | undefined)?.ok !== true) this.#options.onFailure?.(method, 'not ok');
      return body;
    } catch (error) {
      this.#options.onFailure?.(method, error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
}
