/**
 * What the Slack stand-in says of people and channels: `users.info` (team, guest flags),
 * `conversations.info` (shared with another organisation or not), `conversations.members`.
 * Unknown users are members of the stand-in's team; unknown channels are not shared and empty.
 */

/** Who `users.info` says a user is; by default a member of the stand-in's team. */
export interface StandInUser {
  teamId?: string;
  /** A multi-channel guest. */
  restricted?: boolean;
  /** A single-channel guest. */
  ultraRestricted?: boolean;
}

export interface StandInDirectory {
  setChannelMembers(channel: string, members: readonly string[]): void;
  setUser(user: string, info: StandInUser): void;
  setChannelShared(channel: string, shared: boolean): void;
  /** The answer to one of the directory's methods, or undefined for another method. */
  answer(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined;
}

export function createStandInDirectory(teamId: string): StandInDirectory {
  const channelMembers = new Map<string, readonly string[]>();
  const users = new Map<string, StandInUser>();
  const sharedChannels = new Set<string>();
  return {
    setChannelMembers: (channel, members) => channelMembers.set(channel, members),
    setUser: (user, info) => users.set(user, info),
    setChannelShared(channel, shared) {
      if (shared) sharedChannels.add(channel);
      else sharedChannels.delete(channel);
    },
    answer(method, args) {
      switch (method) {
        case 'users.info': {
          const id = String(args.user);
          const user = users.get(id) ?? {};
          return { ok: true, user: { id, team_id: user.teamId ?? teamId, is_restricted: user.restricted ?? false, is_ultra_restricted: user.ultraRestricted ?? false, is_bot: false } };
        }
        case 'conversations.info': {
          const id = String(args.channel);
          const shared = sharedChannels.has(id);
          return { ok: true, channel: { id, is_channel: true, is_shared: shared, is_ext_shared: shared, is_pending_ext_shared: false, is_im: id.startsWith('D') } };
        }
        case 'conversations.members':
          return { ok: true, members: channelMembers.get(String(args.channel)) ?? [], response_metadata: { next_cursor: '' } };
        default:
          return undefined;
      }
    },
  };
}
