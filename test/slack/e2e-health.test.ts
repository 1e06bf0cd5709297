import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadiness } from '../../src/slack/health.ts';
import { startBot, type Harness } from '../support/bot-harness.ts';

const readiness = createReadiness(false);
let h: Harness;

beforeAll(async () => {
  h = await startBot({ mode: 'http', readiness });
});
afterAll(async () => {
  await h?.stop();
});

describe('GET /healthz', () => {
  it('answers 503 until the knowledge is loaded, then 200', async () => {
    const before = await fetch(`${h.baseUrl}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'loading' });
    readiness.markReady();
    const after = await fetch(`${h.baseUrl}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ok' });
  });

  it('is not served on other methods', async () => {
    expect((await fetch(`${h.baseUrl}/healthz`, { method: 'POST' })).status).toBe(404);
  });
});
