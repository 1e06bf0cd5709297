/**
 * Socket Mode end to end: the app opens its connection through `apps.connections.open` at the
 * stand-in, receives `hello`, then envelopes, and acknowledges each one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, startBot, type Harness } from '../support/bot-harness.ts';
import { ACTION_IDS, encodeFeedbackValue } from '../../src/render/slack-actions.ts';
import { questionRecord } from '../support/question-record.ts';
import { appMentionEvent, blockAction, eventCallback, slashCommand } from '../support/slack-payloads.ts';
import { SOCKET_TICKET } from '../support/slack-stand-in.ts';

let h: Harness;

beforeAll(async () => {
  h = await startBot({ mode: 'socket' });
});
afterAll(async () => {
  await h?.stop();
});

describe('Socket Mode', () => {
  it('opens its connection with the app-level token at SLACK_API_URL', () => {
    const [open] = h.standIn.delivered('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
  });

  it('keeps the connection URL’s ticket out of its debug logs', () => {
    const lines = JSON.stringify(h.logs);
    expect(lines).toContain('ticket=[redacted]');
    expect(lines).not.toContain(SOCKET_TICKET);
  });

  it('acknowledges an events_api envelope by its envelope_id', async () => {
    const ack = await h.standIn.sendEnvelope('events_api', eventCallback(appMentionEvent({ text: '<@UBOT> bonjour' })), { envelopeId: 'env-ack-1' });
    expect(ack.envelope_id).toBe('env-ack-1');
  });

  it('posts the answer to a mention received over the socket', async () => {
    const event = appMentionEvent({ text: "<@UBOT> Combien de patients dans l'essai MARIPOSA ?", channel: 'C0SOCKET', ts: '1726300300.000300' });
    await h.standIn.sendEnvelope('events_api', eventCallback(event));
    const reply = await h.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0SOCKET');
    expect(reply.args.thread_ts).toBe('1726300300.000300');
    expect(String(reply.args.text)).toContain('plus de 1 000 patients');
  });

  it('answers the same event only once when Slack re-sends its envelope', async () => {
    const body = eventCallback(appMentionEvent({ text: "<@UBOT> Combien de patients dans l'essai MARIPOSA ?", channel: 'C0RESENT' }), { eventId: 'EvRESENT01' });
    await h.standIn.sendEnvelope('events_api', body, { envelopeId: 'env-resent' });
    await h.standIn.sendEnvelope('events_api', body, { envelopeId: 'env-resent', retryAttempt: 1, retryReason: 'timeout' });
    await h.standIn.sendEnvelope('events_api', eventCallback(appMentionEvent({ text: '<@UBOT> MARIPOSA ?', channel: 'C0NEXT' })));
    await h.standIn.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0NEXT');
    expect(h.standIn.delivered('chat.postMessage').filter((c) => c.args.channel === 'C0RESENT')).toHaveLength(1);
  });

  it('answers a slash command in the acknowledgement, ephemerally', async () => {
    const ack = await h.standIn.sendEnvelope(
      'slash_commands',
      slashCommand({ text: 'Quel est le taux d’anomalies de MET avec l’association ?', responseUrl: h.standIn.responseUrl('sock-cmd') }),
    );
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.payload?.blocks)).toContain('*4,4 %*');
  });

  it('acknowledges a button click over the socket and thanks the user through the response URL', async () => {
    const questionId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
    await h.store.recordQuestions([questionRecord({ id: questionId })]);
    const value = encodeFeedbackValue(questionId, 'gustave-roussy-esmo-2024-mariposa:met', 'Quel taux de MET ?');
    const ack = await h.standIn.sendEnvelope('interactive', blockAction({ actionId: ACTION_IDS.helpful, value, responseUrl: h.standIn.responseUrl('sock-click') }));
    expect(ack.envelope_id).toMatch(/^env-/);
    const [thanks] = await h.standIn.waitForResponses(1);
    expect(thanks).toMatchObject({ id: 'sock-click', body: { text: 'Merci pour votre retour, il a été enregistré.' } });
  });
});
