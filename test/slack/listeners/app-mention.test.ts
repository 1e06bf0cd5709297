import { describe, expect, it } from 'vitest';
import { answerMention } from '../../../src/slack/listeners/events/app-mention.ts';
import { fakeAnswerer } from '../../support/answers.ts';
import { appMentionEvent, eventCallback } from '../../support/slack-payloads.ts';
import { fakeClient, fakeDeps } from '../../support/fake-slack.ts';

const MET = '<@UBOT> Quel est le taux de MET ?';

describe('answerMention', () => {
  it('replies in a thread under the question', async () => {
    const client = fakeClient();
    const event = appMentionEvent({ text: MET, channel: 'C1', ts: '111.222' });
    await answerMention({ event, body: eventCallback(event), client }, fakeDeps());
    expect(client.posted).toMatchObject([{ channel: 'C1', thread_ts: '111.222', unfurl_links: false, unfurl_media: false }]);
    expect(client.posted[0]?.text).toContain('4,4 %');
  });

  it('replies in the thread where the question was asked', async () => {
    const client = fakeClient();
    const event = appMentionEvent({ text: MET, ts: '111.333', threadTs: '111.000' });
    await answerMention({ event, body: eventCallback(event), client }, fakeDeps());
    expect(client.posted[0]?.thread_ts).toBe('111.000');
  });

  it('passes the text to the engine with the mention taken out', async () => {
    const answerer = fakeAnswerer();
    const event = appMentionEvent({ text: MET });
    await answerMention({ event, body: eventCallback(event), client: fakeClient() }, fakeDeps({ answerer }));
    expect(answerer.asked.map((text) => text.trim())).toEqual(['Quel est le taux de MET ?']);
  });

  it('ignores a mention posted by a bot', async () => {
    const client = fakeClient();
    const event = { ...appMentionEvent({ text: MET }), bot_id: 'B2' };
    await answerMention({ event, body: eventCallback(event), client }, fakeDeps());
    expect(client.posted).toEqual([]);
  });

  it('apologises in French in the thread when the reply cannot be posted, and logs the error', async () => {
    const client = fakeClient({ failures: 1 });
    const deps = fakeDeps();
    const event = appMentionEvent({ text: MET, channel: 'C1', ts: '5.5' });
    await answerMention({ event, body: eventCallback(event), client }, deps);
    expect(client.posted).toMatchObject([{ channel: 'C1', thread_ts: '5.5', text: 'Désolé, une erreur s’est produite. Réessayez dans un instant.' }]);
    expect(deps.logs.find((l) => l.msg === 'listener failed')).toMatchObject({ level: 'error', surface: 'mention' });
  });

  it('does not throw when even the apology cannot be posted', async () => {
    const deps = fakeDeps();
    const event = appMentionEvent({ text: MET });
    await expect(answerMention({ event, body: eventCallback(event), client: fakeClient({ failures: 2 }) }, deps)).resolves.toBeUndefined();
    expect(deps.logs.map((l) => l.msg)).toContain('apology failed');
  });

  it('tells only the asker, once, that they are over the limit, then stays silent', async () => {
    const client = fakeClient();
    const deps = fakeDeps({ limit: 1 });
    for (let i = 0; i < 3; i += 1) {
      const event = appMentionEvent({ text: MET, user: 'U9', channel: 'C1' });
      await answerMention({ event, body: eventCallback(event), client }, deps);
    }
    expect(client.posted).toHaveLength(1);
    expect(client.ephemeral).toMatchObject([{ user: 'U9', channel: 'C1', text: 'Vous posez beaucoup de questions en peu de temps. Merci de patienter une minute.' }]);
  });

  it('logs the question as from a shared channel when Slack says the channel is shared', async () => {
    const deps = fakeDeps();
    const event = appMentionEvent({ text: MET });
    await answerMention({ event, body: eventCallback(event, { sharedChannel: true }), client: fakeClient() }, deps);
    expect(deps.logs.find((l) => l.msg === 'question')).toMatchObject({ surface: 'mention', channelType: 'shared_channel', answered: true });
  });

  it('logs the question’s text only at debug level', async () => {
    const event = appMentionEvent({ text: MET });
    const info = fakeDeps({ level: 'info' });
    const debug = fakeDeps({ level: 'debug' });
    await answerMention({ event, body: eventCallback(event), client: fakeClient() }, info);
    await answerMention({ event, body: eventCallback(event), client: fakeClient() }, debug);
    expect(info.logs.find((l) => l.msg === 'question')).not.toHaveProperty('question');
    expect(debug.logs.find((l) => l.msg === 'question')).toHaveProperty('question', MET);
  });
});
