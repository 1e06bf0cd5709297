import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { answerDirectMessage } from '../messages/direct-message.ts';
import { publishHome } from './app-home-opened.ts';
import { answerMention } from './app-mention.ts';

/** The event types the app subscribes to, each answered by one handler below. */
export const EVENT_TYPES = ['app_mention', 'app_home_opened', 'message'] as const;

/**
 * One listener for every event the app subscribes to, routed by type (direct messages are
 * `message` events; their handler lives with the other message surfaces). Bolt runs each
 * listener's middleware for every incoming request, so a listener per event type would cost
 * every question one more chain each.
 */
export function registerEvents(app: App, deps: SlackDeps): void {
  app.event(new RegExp(`^(?:${EVENT_TYPES.join('|')})$`), async ({ event, body, context, client }) => {
    switch (event.type) {
      case 'app_mention':
        return answerMention({ event, body, context, client }, deps);
      case 'app_home_opened':
        return publishHome({ event, client }, deps);
      case 'message':
        return answerDirectMessage({ event, body, context, client }, deps);
    }
  });
}
