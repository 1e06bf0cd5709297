import { describe, expect, it } from 'vitest';
import { channelTypeOf, readActionChannel, readActionUser, readButtonValue, readEnvelope, readSelectedValue } from '../../src/slack/payloads.ts';

describe('Slack payload fields', () => {
  it('reads the event_id and the shared-channel flag of an envelope', () => {
    expect(readEnvelope({ event_id: 'Ev1', is_ext_shared_channel: true })).toEqual({ eventId: 'Ev1', sharedChannel: true, externalAsker: false });
  });

  it('tells an asker of another organisation by the team of the event against the envelope’s', () => {
    expect(readEnvelope({ event_id: 'Ev2', team_id: 'T1', event: { type: 'app_mention', user_team: 'T2' } }).externalAsker).toBe(true);
    expect(readEnvelope({ event_id: 'Ev3', team_id: 'T1', event: { type: 'app_mention', user_team: 'T1' } }).externalAsker).toBe(false);
  });

  it('reads no event_id from a body that has none', () => {
    expect(readEnvelope({ command: '/communique' }).eventId).toBeUndefined();
  });

  it('ignores an envelope field of the wrong type', () => {
    expect(readEnvelope({ event_id: 42 })).toEqual({ eventId: undefined, sharedChannel: false, externalAsker: false });
  });

  it.each([
    ['D123', undefined, 'im'],
    ['C123', undefined, 'channel'],
    ['G123', undefined, 'group'],
    ['C123', 'mpim', 'mpim'],
    ['X123', 'nonsense', 'unknown'],
  ])('calls %s (hint %s) a %s', (id, hint, expected) => {
    expect(channelTypeOf(id, hint)).toBe(expected);
  });

  it('names a shared channel as such whatever its id', () => {
    expect(channelTypeOf('C123', undefined, true)).toBe('shared_channel');
  });

  it('prefers the username of the clicking user', () => {
    expect(readActionUser({ user: { id: 'U1', name: 'n', username: 'u' } })).toEqual({ id: 'U1', name: 'u' });
  });

  it('reads the value of a button, and nothing from another kind of action', () => {
    expect(readButtonValue({ type: 'button', value: 'v' })).toBe('v');
    expect(readButtonValue({ type: 'static_select', selected_option: {} })).toBeUndefined();
  });
});

describe('click payload fields', () => {
  it('reads the conversation a click came from, or its container’s', () => {
    expect(readActionChannel({ channel: { id: 'C1' }, container: { channel_id: 'C2' } })).toBe('C1');
    expect(readActionChannel({ container: { channel_id: 'C2' } })).toBe('C2');
    expect(readActionChannel({ view: { id: 'V1' } })).toBeUndefined();
  });

  it('reads the option picked in a menu, and nothing from a button', () => {
    expect(readSelectedValue({ type: 'static_select', selected_option: { value: 'release-a' } })).toBe('release-a');
    expect(readSelectedValue({ type: 'button', value: 'release-a' })).toBeUndefined();
  });
});
