/**
 * manifest.json declares exactly what the code listens to: every registered event, command and
 * button has its counterpart in the manifest, and nothing more.
 */
import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_TYPES } from '../../src/slack/listeners/events/index.ts';
import { registerListeners } from '../../src/slack/listeners/index.ts';
import { fakeDeps } from '../support/fake-slack.ts';
import { REVIEW_VIEW } from '../../src/render/slack-review-actions.ts';

const manifest = z
  .object({
    features: z.object({
      app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
      slash_commands: z.array(z.object({ command: z.string() })),
    }),
    oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
    settings: z.object({
      event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
      interactivity: z.object({ is_enabled: z.boolean() }),
      socket_mode_enabled: z.boolean(),
    }),
  })
  .parse(JSON.parse(readFileSync('manifest.json', 'utf8')));

/** What the listeners register, recorded by a stand-in for Bolt's App. */
function registrations() {
  const seen = { events: [] as (string | RegExp)[], commands: [] as string[], actions: [] as (string | RegExp)[], views: [] as unknown[], options: [] as unknown[] };
  const app = {
    event: (nameOrPattern: string | RegExp) => seen.events.push(nameOrPattern),
    command: (name: string) => seen.commands.push(name),
    action: (idOrPattern: string | RegExp) => seen.actions.push(idOrPattern),
    view: (constraints: unknown) => seen.views.push(constraints),
    options: (constraints: unknown) => seen.options.push(constraints),
  };
  registerListeners(app as unknown as App, fakeDeps());
  return seen;
}

/** The manifest's `message.im` (the only message event subscribed) reaches Bolt as a `message` event. */
const asEventType = (subscription: string) => (subscription === 'message.im' ? 'message' : subscription);

const reaches = (nameOrPattern: string | RegExp, type: string) => (typeof nameOrPattern === 'string' ? nameOrPattern === type : nameOrPattern.test(type));

/** The scope each subscription needs. */
const SCOPE_OF_EVENT: Record<string, string | undefined> = { app_mention: 'app_mentions:read', 'message.im': 'im:history', app_home_opened: undefined };

describe('manifest.json', () => {
  it('subscribes to exactly the events the listeners handle', () => {
    expect(manifest.settings.event_subscriptions.bot_events.map(asEventType).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('has a listener that every subscribed event reaches', () => {
    const registered = registrations().events;
    for (const type of EVENT_TYPES) expect(registered.some((nameOrPattern) => reaches(nameOrPattern, type)), type).toBe(true);
  });

  it('declares the slash command the listener answers', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(registrations().commands);
  });

  it('turns interactivity on, since answers carry buttons', () => {
    expect(registrations().actions.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('answers the options requests of the review’s passage menu, which interactivity carries', () => {
    expect(registrations().options).toEqual([{ type: 'block_suggestion', action_id: REVIEW_VIEW.passageAction }]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the scopes those events, the command, the replies and the review need', () => {
    // channels:read and groups:read: the members of the communications channel (conversations.members), who review, and
    // whether a channel is shared or has guests (conversations.info, conversations.members); users:read: who is a guest or
    // of another organisation (users.info), for the embargo.
    const needed = [...manifest.settings.event_subscriptions.bot_events.map((e) => SCOPE_OF_EVENT[e]), 'commands', 'chat:write', 'channels:read', 'groups:read', 'users:read'].filter(
      (s): s is string => s !== undefined,
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(needed.sort());
  });

  it('lets people write to the bot in its Messages tab', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('turns Socket Mode on', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
