import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createCommsTeam, MEMBERS_CACHE_MS, type MembersClient } from '../../src/slack/comms-team.ts';

const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });

function client(pages: string[][], fail = false, shared = false): MembersClient & { calls: number } {
  const fake = {
    calls: 0,
    conversations: {
      info: async () => ({ channel: { is_ext_shared: shared } }),
      members: async ({ cursor }: { cursor?: string }) => {
        fake.calls += 1;
        if (fail) throw new Error('channel_not_found');
        const at = cursor ? Number(cursor) : 0;
        return { members: pages[at] ?? [], response_metadata: { next_cursor: at + 1 < pages.length ? String(at + 1) : '' } };
      },
    },
  };
  return fake;
}

describe('the communications team', () => {
  it('counts a user named in COMMS_USERS', async () => {
    expect(await createCommsTeam({ channelId: null, userIds: ['U1'] }, () => client([]), logger).isMember('U1')).toBe(true);
  });

  it('counts a member of the comms channel, on any page of its members', async () => {
    const team = createCommsTeam({ channelId: 'C1', userIds: [] }, () => client([['U1'], ['U2']]), logger);
    expect(await team.isMember('U2')).toBe(true);
  });

  it('refuses anyone else', async () => {
    expect(await createCommsTeam({ channelId: 'C1', userIds: ['U1'] }, () => client([['U2']]), logger).isMember('U3')).toBe(false);
  });

  it('takes no reviewer from a comms channel shared with another organisation', async () => {
    const team = createCommsTeam({ channelId: 'C1', userIds: ['U9'] }, () => client([['U1', 'UEXT']], false, true), logger);
    expect([await team.isMember('U1'), await team.isMember('U9')]).toEqual([false, true]);
  });

  it('looks the members up once for clicks that come together', async () => {
    const fake = client([['U1']]);
    const team = createCommsTeam({ channelId: 'C1', userIds: [] }, () => fake, logger);
    await Promise.all([team.isMember('U1'), team.isMember('U1'), team.isMember('U2')]);
    expect(fake.calls).toBe(1);
  });

  it('lets nobody review when neither setting is given', async () => {
    const team = createCommsTeam({ channelId: null, userIds: [] }, () => client([['U1']]), logger);
    expect([team.configured, await team.isMember('U1')]).toEqual([false, false]);
  });

  it('refuses when Slack cannot list the channel’s members', async () => {
    expect(await createCommsTeam({ channelId: 'C1', userIds: [] }, () => client([], true), logger).isMember('U1')).toBe(false);
  });

  it('asks Slack again only once the cache has expired', async () => {
    let time = 0;
    const slack = client([['U1']]);
    const team = createCommsTeam({ channelId: 'C1', userIds: [] }, () => slack, logger, () => time);
    await team.isMember('U1');
    time = MEMBERS_CACHE_MS - 1;
    await team.isMember('U1');
    time = MEMBERS_CACHE_MS + 1;
    await team.isMember('U1');
    expect(slack.calls).toBe(2);
  });
});
