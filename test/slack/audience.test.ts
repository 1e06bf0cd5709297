import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { AUDIENCE_CACHE_MS, createAudienceReader, type UsersInfoClient } from '../../src/slack/audience.ts';

const logger = createLogger({ level: 'error', secrets: [], write: () => undefined });
type SlackUser = NonNullable<Awaited<ReturnType<UsersInfoClient['users']['info']>>['user']>;

function client(users: Record<string, SlackUser>): UsersInfoClient & { calls: number } {
  const fake = {
    calls: 0,
    users: {
      info: async ({ user }: { user: string }) => {
        fake.calls += 1;
        const found = users[user];
        if (!found) throw new Error('user_not_found');
        return { user: found };
      },
    },
  };
  return fake;
}

const home = () => 'T1';

describe('who is asking', () => {
  it('counts a member of the app’s own team as inside the organisation', async () => {
    expect(await createAudienceReader(home, client({ U1: { team_id: 'T1' } }), logger).audienceOf({ userId: 'U1', teamId: 'T1' })).toBe('internal');
  });

  it('counts someone whose event names another team as outside, without asking Slack', async () => {
    const slack = client({});
    expect(await createAudienceReader(home, slack, logger).audienceOf({ userId: 'U2', teamId: 'T2' })).toBe('external');
    expect(slack.calls).toBe(0);
  });

  it('counts a multi-channel guest as a guest', async () => {
    expect(await createAudienceReader(home, client({ U3: { team_id: 'T1', is_restricted: true } }), logger).audienceOf({ userId: 'U3' })).toBe('guest');
  });

  it('counts a single-channel guest as a guest', async () => {
    expect(await createAudienceReader(home, client({ U3: { team_id: 'T1', is_ultra_restricted: true } }), logger).audienceOf({ userId: 'U3' })).toBe('guest');
  });

  it('counts a user Slack places in another team as outside', async () => {
    expect(await createAudienceReader(home, client({ U4: { team_id: 'T9' } }), logger).audienceOf({ userId: 'U4' })).toBe('external');
  });

  it('counts the asker as outside when Slack cannot say', async () => {
    expect(await createAudienceReader(home, client({}), logger).audienceOf({ userId: 'U5' })).toBe('external');
  });

  it('counts everyone as outside while the app’s own team is unknown', async () => {
    expect(await createAudienceReader(() => undefined, client({ U1: { team_id: 'T1' } }), logger).audienceOf({ userId: 'U1' })).toBe('external');
  });

  it('asks Slack about one person again only once the cache has expired', async () => {
    let time = 0;
    const slack = client({ U1: { team_id: 'T1' } });
    const reader = createAudienceReader(home, slack, logger, () => time);
    await reader.audienceOf({ userId: 'U1' });
    time = AUDIENCE_CACHE_MS - 1;
    await reader.audienceOf({ userId: 'U1' });
    time = AUDIENCE_CACHE_MS;
    await reader.audienceOf({ userId: 'U1' });
    expect(slack.calls).toBe(2);
  });
});
