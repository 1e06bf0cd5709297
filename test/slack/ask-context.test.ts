import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/answerer.ts';
import { contextOf, type AskPlace } from '../../src/slack/ask-context.ts';
import { SlackDirectory, type DirectoryMethod } from '../../src/slack/directory.ts';
import { fakeAnswerer } from '../support/answers.ts';
import { fakeDeps } from '../support/fake-slack.ts';

const NOW = new Date('2026-12-10T08:00:00+01:00');

/** Deps whose directory answers from a table, recording each call; an embargo runs when `embargo` says so. */
function depsWith({ embargo = true, guests = [] as string[], shared = [] as string[] } = {}) {
  const calls: DirectoryMethod[] = [];
  const directory = new SlackDirectory();
  directory.attach({
    apiCall: async (method, options) => {
      calls.push(method);
      if (method === 'auth.test') return { ok: true, team_id: 'T0001' };
      if (method === 'users.info') return { ok: true, user: { team_id: 'T0001', is_restricted: guests.includes(String(options.user)) } };
      if (method === 'conversations.info') return { ok: true, channel: { is_ext_shared: shared.includes(String(options.channel)) } };
      return { ok: true, members: ['U0ASKER', ...guests] };
    },
  });
  const answerer: Answerer = { ...fakeAnswerer(), embargoRunning: () => embargo };
  const base = fakeDeps({ answerer });
  return { calls, deps: { ...base, directory, clock: () => NOW } };
}

const inChannel = (fields: Partial<AskPlace> = {}): AskPlace => ({ userId: 'U0ASKER', channelId: 'C0GENERAL', private: false, ...fields });

describe('contextOf', () => {
  it('reads a colleague in a channel of colleagues as internal and not exposed, at the clock’s instant', async () => {
    const { deps } = depsWith();
    expect(await contextOf(inChannel(), deps)).toEqual({ audience: 'internal', exposed: false, now: NOW, pinnedReleaseId: null });
  });

  it('reads a private answer as not exposed, without looking at the channel', async () => {
    const { deps, calls } = depsWith({ shared: ['C0GENERAL'] });
    expect((await contextOf(inChannel({ private: true }), deps)).exposed).toBe(false);
    expect(calls).not.toContain('conversations.info');
  });

  it('reads a channel the envelope says is shared as exposed', async () => {
    const { deps } = depsWith();
    expect((await contextOf(inChannel({ sharedChannel: true }), deps)).exposed).toBe(true);
  });

  it('reads a channel where an outsider asks as exposed', async () => {
    const { deps } = depsWith();
    expect(await contextOf(inChannel({ payloadTeam: 'TPRESS' }), deps)).toMatchObject({ audience: 'external', exposed: true });
  });

  it('reads a channel with a guest among its members as exposed while an embargo runs', async () => {
    const { deps } = depsWith({ guests: ['UGUEST'] });
    expect((await contextOf(inChannel(), deps)).exposed).toBe(true);
  });

  it('does not look the channel up when no embargo runs', async () => {
    const { deps, calls } = depsWith({ embargo: false, guests: ['UGUEST'] });
    expect((await contextOf(inChannel(), deps)).exposed).toBe(false);
    expect(calls).not.toContain('conversations.members');
  });

  it('reads a guest asking in a direct message as a guest, the place not exposed', async () => {
    const { deps } = depsWith({ guests: ['UGUEST'] });
    expect(await contextOf({ userId: 'UGUEST', channelId: 'DGUEST', private: true }, deps)).toMatchObject({ audience: 'guest', exposed: false });
  });

  it('asks Slack nothing of the asker when no embargo runs: the payload’s team says who is outside', async () => {
    const { deps, calls } = depsWith({ embargo: false, guests: ['UGUEST'] });
    expect((await contextOf({ userId: 'UGUEST', channelId: 'DGUEST', private: true }, deps)).audience).toBe('internal');
    expect((await contextOf(inChannel({ payloadTeam: 'TPRESS' }), deps)).audience).toBe('external');
    expect(calls).not.toContain('users.info');
  });
});
