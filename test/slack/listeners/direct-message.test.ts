import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { answerDirectMessage } from '../../../src/slack/listeners/messages/direct-message.ts';
import { directMessageEvent } from '../../support/slack-payloads.ts';
import { fakeClient, fakeDeps } from '../../support/fake-slack.ts';

function dm(fields: Parameters<typeof directMessageEvent>[0], extra: object = {}): types.MessageEvent {
  return { ...directMessageEvent(fields), subtype: undefined, ...extra } as types.MessageEvent;
}

describe('answerDirectMessage', () => {
  it('replies in the conversation, not in a thread', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'taux de MET ?', channel: 'D1' }), client }, fakeDeps());
    expect(client.posted).toHaveLength(1);
    expect(client.posted[0]).toMatchObject({ channel: 'D1' });
    expect(client.posted[0]).not.toHaveProperty('thread_ts');
  });

  it('replies in the thread when the message was in one', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'taux de MET ?', threadTs: '9.9' }), client }, fakeDeps());
    expect(client.posted[0]?.thread_ts).toBe('9.9');
  });

  it('ignores an edited message', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'MET ?' }, { subtype: 'message_changed' }), client }, fakeDeps());
    expect(client.posted).toEqual([]);
  });

  it('ignores a deleted message', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'MET ?' }, { subtype: 'message_deleted' }), client }, fakeDeps());
    expect(client.posted).toEqual([]);
  });

  it('ignores a message from another bot', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'MET ?' }, { bot_id: 'B7' }), client }, fakeDeps());
    expect(client.posted).toEqual([]);
  });

  it('ignores channel messages, which reach the bot as mentions', async () => {
    const client = fakeClient();
    await answerDirectMessage({ event: dm({ text: 'MET ?' }, { channel_type: 'channel' }), client }, fakeDeps());
    expect(client.posted).toEqual([]);
  });

  it('logs the question as a direct message', async () => {
    const deps = fakeDeps();
    await answerDirectMessage({ event: dm({ text: 'MET ?' }), client: fakeClient() }, deps);
    expect(deps.logs.find((l) => l.msg === 'question')).toMatchObject({ surface: 'dm', channelType: 'im', answered: true, reason: 'answer' });
  });
});
