/**
 * The Web API calls the listeners make, through a real WebClient built with the app's options,
 * against Slack's address intercepted by nock (no network).
 */
import '../support/node20-nock.ts';
import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { renderNotice } from '../../src/render/slack.ts';
import { webClientOptions, type WebApiPolicy } from '../../src/slack/app.ts';
import { publishHome } from '../../src/slack/listeners/events/app-home-opened.ts';
import { postReply } from '../../src/slack/reply.ts';
import { fakeDeps } from '../support/fake-slack.ts';
import { appHomeOpenedEvent } from '../support/slack-payloads.ts';

const TOKEN = 'xoxb-nock-test';
const POLICY: WebApiPolicy = { retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 }, timeoutMs: 5_000 };
const quiet = createLogger({ level: 'error', write: () => undefined });

function client(apiUrl?: string): webApi.WebClient {
  const bolt = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, setLevel: () => undefined, getLevel: () => webApi.LogLevel.ERROR, setName: () => undefined };
  return new webApi.WebClient(TOKEN, { ...webClientOptions(apiUrl, POLICY), logger: bolt });
}

/** nock hands a form body over already parsed into fields. */
const form = (body: unknown): Record<string, string> =>
  typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, string>);

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});
afterAll(() => {
  nock.enableNetConnect();
});

describe('Web API calls', () => {
  it('posts a reply with the bot token, in the thread, with unfurls off', async () => {
    let sent: Record<string, string> = {};
    const scope = nock('https://slack.com', { reqheaders: { authorization: `Bearer ${TOKEN}` } })
      .post('/api/chat.postMessage', (body) => {
        sent = form(body);
        return true;
      })
      .reply(200, { ok: true, ts: '1.2' });
    await postReply(client(), { channel: 'C1', threadTs: '1.1' }, renderNotice('Bonjour'));
    expect(scope.isDone()).toBe(true);
    expect(sent).toMatchObject({ channel: 'C1', thread_ts: '1.1', text: 'Bonjour', unfurl_links: 'false', unfurl_media: 'false' });
    expect(JSON.parse(sent.blocks ?? '[]')).toEqual(renderNotice('Bonjour').blocks);
  });

  it('waits for Retry-After after a 429, then delivers the reply once', async () => {
    const scope = nock('https://slack.com')
      .post('/api/chat.postMessage')
      .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' })
      .post('/api/chat.postMessage')
      .reply(200, { ok: true, ts: '1.2' });
    const started = Date.now();
    await postReply(client(), { channel: 'C1', threadTs: undefined }, renderNotice('Bonjour'));
    expect(scope.isDone()).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500 and succeeds', async () => {
    const scope = nock('https://slack.com').post('/api/chat.postMessage').times(2).reply(500, 'oops').post('/api/chat.postMessage').reply(200, { ok: true });
    await postReply(client(), { channel: 'C1', threadTs: undefined }, renderNotice('Bonjour'));
    expect(scope.isDone()).toBe(true);
  });

  it('gives up after the configured number of retries', async () => {
    let attempts = 0;
    nock('https://slack.com')
      .post('/api/chat.postMessage')
      .times(10)
      .reply(() => {
        attempts += 1;
        return [500, 'oops'];
      });
    await expect(postReply(client(), { channel: 'C1', threadTs: undefined }, renderNotice('Bonjour'))).rejects.toThrow();
    expect(attempts).toBe((POLICY.retryConfig.retries ?? 0) + 1);
  });

  it('does not retry an error that Slack reports in the body', async () => {
    const scope = nock('https://slack.com').post('/api/chat.postMessage').reply(200, { ok: false, error: 'channel_not_found' });
    await expect(postReply(client(), { channel: 'C404', threadTs: undefined }, renderNotice('Bonjour'))).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    expect(scope.isDone()).toBe(true);
  });

  it('publishes the App Home through views.publish', async () => {
    let view: unknown;
    const scope = nock('https://slack.com')
      .post('/api/views.publish', (body) => {
        view = JSON.parse(form(body).view ?? 'null');
        return form(body).user_id === 'U5';
      })
      .reply(200, { ok: true });
    await publishHome({ event: appHomeOpenedEvent('U5'), client: client() }, { ...fakeDeps(), logger: quiet });
    expect(scope.isDone()).toBe(true);
    expect(view).toMatchObject({ type: 'home' });
  });

  it('sends calls to SLACK_API_URL when it is set', async () => {
    const scope = nock('http://slack-proxy.internal').post('/api/chat.postMessage').reply(200, { ok: true });
    await postReply(client('http://slack-proxy.internal/api/'), { channel: 'C1', threadTs: undefined }, renderNotice('Bonjour'));
    expect(scope.isDone()).toBe(true);
  });
});
