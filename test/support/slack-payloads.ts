/**
 * Builders for the payloads Slack sends, shaped as Slack documents them. Each call gets fresh
 * ids, so two events never share an `event_id` unless a test says so.
 */
import { REVIEW_VIEW } from '../../src/render/slack-review-actions.ts';
let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export const TEAM_ID = 'T0001';
export const BOT_USER_ID = 'UBOT';

export interface MessageFields {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
}

export function appMentionEvent({ text, user = 'U0ASKER', channel = 'C0GENERAL', ts, threadTs }: MessageFields) {
  return {
    type: 'app_mention' as const,
    user,
    text,
    ts: ts ?? `1726300000.${String(next()).padStart(6, '0')}`,
    channel,
    event_ts: ts ?? '1726300000.000000',
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
}

export function directMessageEvent({ text, user = 'U0ASKER', channel = 'D0DIRECT', ts, threadTs }: MessageFields) {
  return {
    type: 'message' as const,
    channel_type: 'im' as const,
    user,
    text,
    ts: ts ?? `1726300000.${String(next()).padStart(6, '0')}`,
    channel,
    event_ts: ts ?? '1726300000.000000',
    ...(threadTs ? { thread_ts: threadTs } : {}),
  };
}

export function appHomeOpenedEvent(user = 'U0ASKER') {
  return { type: 'app_home_opened' as const, user, channel: 'D0DIRECT', tab: 'home' as const, event_ts: '1726300000.000000' };
}

/** The outer Events API envelope (`event_callback`). */
export function eventCallback(event: object, { eventId, sharedChannel = false }: { eventId?: string; sharedChannel?: boolean } = {}) {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    api_app_id: 'A0001',
    event,
    type: 'event_callback' as const,
    event_id: eventId ?? `Ev${String(next()).padStart(8, '0')}`,
    event_time: 1726300000,
    is_ext_shared_channel: sharedChannel,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  };
}

export function urlVerification(challenge: string) {
  return { token: 'verification-token-unused', challenge, type: 'url_verification' as const };
}

export function slashCommand({ text, user = 'U0COMMS', channel = 'C0GENERAL', responseUrl }: { text: string; user?: string; channel?: string; responseUrl: string }) {
  return {
    token: 'verification-token-unused',
    team_id: TEAM_ID,
    team_domain: 'standin',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: 'claire.comms',
    command: '/communique',
    text,
    api_app_id: 'A0001',
    response_url: responseUrl,
    trigger_id: `trigger.${next()}`,
  };
}

export function blockAction({
  actionId,
  value,
  user = 'U0COMMS',
  channel = 'C0GENERAL',
  responseUrl,
}: {
  actionId: string;
  value: string;
  user?: string;
  channel?: string;
  responseUrl: string;
}) {
  return {
    type: 'block_actions' as const,
    user: { id: user, username: 'claire.comms', name: 'claire.comms', team_id: TEAM_ID },
    api_app_id: 'A0001',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: '1726300000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: `trigger.${next()}`,
    team: { id: TEAM_ID, domain: 'standin' },
    channel: { id: channel, name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button' as const,
        action_id: actionId,
        block_id: `b${next()}`,
        text: { type: 'plain_text' as const, text: 'button', emoji: true },
        value,
        action_ts: '1726300001.000000',
      },
    ],
  };
}

/** A choice in a static menu (`static_select`), as Slack sends it: the picked option's value. */
export function menuAction(fields: { actionId: string; value: string; user?: string; channel?: string; responseUrl: string }) {
  const { actions, ...rest } = blockAction(fields);
  const [button] = actions;
  return {
    ...rest,
    actions: [
      {
        type: 'static_select' as const,
        action_id: fields.actionId,
        block_id: button?.block_id ?? 'b0',
        selected_option: { text: { type: 'plain_text' as const, text: 'option', emoji: true }, value: fields.value },
        placeholder: { type: 'plain_text' as const, text: 'Choisir', emoji: true },
        action_ts: '1726300001.000000',
      },
    ],
  };
}

/** The passage modal of the review, submitted by `user` with `passageId` chosen (and "Répondre dans le fil" ticked when `reply`). */
export function passageSubmission({ user, target, passageId, reply = false }: { user: string; target: string; passageId: string | undefined; reply?: boolean }) {
  return {
    type: 'view_submission',
    user: { id: user, username: 'claire.comms', name: 'claire.comms', team_id: TEAM_ID },
    api_app_id: 'A0001',
    team: { id: TEAM_ID, domain: 'standin' },
    trigger_id: 'trigger.submit',
    view: {
      id: 'V0002',
      type: 'modal',
      callback_id: REVIEW_VIEW.callbackId,
      private_metadata: target,
      state: {
        values: {
          [REVIEW_VIEW.passageBlock]: { [REVIEW_VIEW.passageAction]: { type: 'static_select', selected_option: { value: passageId } } },
          ...(reply ? { [REVIEW_VIEW.replyBlock]: { [REVIEW_VIEW.replyAction]: { type: 'checkboxes', selected_options: [{ value: 'reply' }] } } } : {}),
        },
      },
    },
  };
}
