import { describe, expect, it } from 'vitest';
import { publishHome } from '../../../src/slack/listeners/events/app-home-opened.ts';
import { appHomeOpenedEvent } from '../../support/slack-payloads.ts';
import { fakeClient, fakeDeps } from '../../support/fake-slack.ts';

describe('publishHome', () => {
  it('publishes the home view for the user who opened it', async () => {
    const client = fakeClient();
    await publishHome({ event: appHomeOpenedEvent('U5'), client }, fakeDeps());
    expect(client.published).toHaveLength(1);
    expect(client.published[0]).toMatchObject({ user_id: 'U5', view: { type: 'home' } });
  });

  it('does nothing when the Messages tab is opened', async () => {
    const client = fakeClient();
    await publishHome({ event: { ...appHomeOpenedEvent('U5'), tab: 'messages' }, client }, fakeDeps());
    expect(client.published).toEqual([]);
  });
});

describe('publishHome without a review', () => {
  it('lists the pinned channels', async () => {
    const client = fakeClient();
    const deps = fakeDeps();
    await deps.pins.pin('C0PRESSE', 'gustave-roussy-esmo-2024-mariposa', 'U0COMMS');
    await publishHome({ event: appHomeOpenedEvent('U5'), client }, deps);
    expect(JSON.stringify(client.published[0])).toContain('<#C0PRESSE> → « Cancer du poumon métastatique');
  });
});
