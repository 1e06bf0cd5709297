/**
 * `SlackDirectory` through a real WebClient built with the app's options, against Slack's
 * address intercepted by nock (no network).
 */
import '../support/node20-nock.ts';
import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webClientOptions, type WebApiPolicy } from '../../src/slack/app.ts';
import { SlackDirectory, type DirectoryClient } from '../../src/slack/directory.ts';

const POLICY: WebApiPolicy = { retryConfig: { retries: 0 }, timeoutMs: 5_000 };
const SLACK = 'https://slack.com';

function directory(options: ConstructorParameters<typeof SlackDirectory>[0] = {}): SlackDirectory {
  const bolt = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, setLevel: () => undefined, getLevel: () => webApi.LogLevel.ERROR, setName: () => undefined };
  const found = new SlackDirectory(options);
  found.attach(new webApi.WebClient('xoxb-nock-test', { ...webClientOptions(undefined, POLICY), logger: bolt }) as unknown as DirectoryClient);
  return found;
}

const form = (body: unknown): Record<string, string> => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, string>));
const ourTeam = () => nock(SLACK).post('/api/auth.test').reply(200, { ok: true, team_id: 'T0001', user_id: 'UBOT' });
const user = (id: string, fields: Record<string, unknown>) =>
  nock(SLACK)
    .post('/api/users.info', (body) => form(body).user === id)
    .reply(200, { ok: true, user: { id, team_id: 'T0001', ...fields } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('audienceOf', () => {
  it('reads a member of the app’s team as internal', async () => {
    ourTeam();
    user('U1', { is_restricted: false, is_ultra_restricted: false });
    expect(await directory().audienceOf('U1')).toBe('internal');
  });

  it.each([
    ['is_restricted', { is_restricted: true }],
    ['is_ultra_restricted', { is_ultra_restricted: true }],
  ])('reads a user with %s as a guest', async (_, fields) => {
    ourTeam();
    user('U2', fields);
    expect(await directory().audienceOf('U2')).toBe('guest');
  });

  it('reads a user of another team as external', async () => {
    ourTeam();
    user('U3', { team_id: 'TOTHER' });
    expect(await directory().audienceOf('U3')).toBe('external');
  });

  it('takes a payload naming another team at its word, without asking users.info', async () => {
    ourTeam();
    const info = user('U4', {});
    expect(await directory().audienceOf('U4', 'TOTHER')).toBe('external');
    expect(info.isDone()).toBe(false);
  });

  it('asks auth.test once, and users.info once per user within the cache’s time', async () => {
    const team = ourTeam();
    user('U5', {});
    const found = directory();
    await found.audienceOf('U5');
    expect(await found.audienceOf('U5')).toBe('internal');
    expect(team.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('asks users.info again once the cache’s time has passed', async () => {
    let now = 0;
    ourTeam();
    user('U6', {});
    const found = directory({ now: () => now, ttlMs: 1_000 });
    await found.audienceOf('U6');
    now = 1_001;
    user('U6', { is_restricted: true });
    expect(await found.audienceOf('U6')).toBe('guest');
  });

  it('reads the asker as external when users.info fails (fail closed)', async () => {
    ourTeam();
    nock(SLACK).post('/api/users.info').reply(200, { ok: false, error: 'missing_scope' });
    const failures: string[] = [];
    expect(await directory({ onFailure: (method) => failures.push(method) }).audienceOf('U7')).toBe('external');
    expect(failures).toEqual(['users.info']);
  });

  it('reads the asker as external when users.info cannot be reached', async () => {
    ourTeam();
    nock(SLACK).post('/api/users.info').replyWithError('socket hang up');
    expect(await directory().audienceOf('U8')).toBe('external');
  });

  it('reads everyone as external while auth.test fails, and asks it again next time', async () => {
    nock(SLACK).post('/api/auth.test').reply(200, { ok: false, error: 'invalid_auth' });
    const found = directory();
    expect(await found.audienceOf('U9')).toBe('external');
    ourTeam();
    user('U9', {});
    expect(await found.audienceOf('U9')).toBe('internal');
  });

  it('reads everyone as external before it has a client', async () => {
    expect(await new SlackDirectory().audienceOf('U10')).toBe('external');
  });
});

describe('channelExposed', () => {
  const channel = (id: string, fields: Record<string, unknown>) =>
    nock(SLACK)
      .post('/api/conversations.info', (body) => form(body).channel === id)
      .reply(200, { ok: true, channel: { id, is_ext_shared: false, ...fields } });
  const members = (id: string, list: string[]) =>
    nock(SLACK)
      .post('/api/conversations.members', (body) => form(body).channel === id)
      .reply(200, { ok: true, members: list, response_metadata: { next_cursor: '' } });

  it('says a channel shared with another organisation is exposed', async () => {
    channel('CSHARED', { is_ext_shared: true });
    expect(await directory().channelExposed('CSHARED')).toBe(true);
  });

  it('says a channel of members of the team alone is not exposed', async () => {
    ourTeam();
    channel('CINSIDE', {});
    members('CINSIDE', ['U1', 'U2']);
    user('U1', {});
    user('U2', {});
    expect(await directory().channelExposed('CINSIDE')).toBe(false);
  });

  it('says a channel with a guest among its members is exposed', async () => {
    ourTeam();
    channel('CGUEST', {});
    members('CGUEST', ['U1', 'UGUEST']);
    user('U1', {});
    user('UGUEST', { is_ultra_restricted: true });
    expect(await directory().channelExposed('CGUEST')).toBe(true);
  });

  it('says a channel with more members than it checks is exposed', async () => {
    channel('CBIG', {});
    members('CBIG', ['U1', 'U2', 'U3']);
    expect(await directory({ maxMembersChecked: 2 }).channelExposed('CBIG')).toBe(true);
  });

  it('says a channel is exposed when conversations.info fails (fail closed)', async () => {
    nock(SLACK).post('/api/conversations.info').reply(200, { ok: false, error: 'channel_not_found' });
    expect(await directory().channelExposed('CGONE')).toBe(true);
  });
});
