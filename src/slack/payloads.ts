/**
 * Zod schemas for the Slack payload fields we read beyond Bolt's types, and the small facts
 * derived from them.
 */
import * as z from 'zod';

const envelopeSchema = z.object({
  event_id: z.string().min(1).optional(),
  team_id: z.string().optional(),
  is_ext_shared_channel: z.boolean().optional(),
  event: z
    .object({
      type: z.string(),
      channel: z.string().optional(),
      ts: z.string().optional(),
      subtype: z.string().optional(),
      user_team: z.string().optional(),
      team: z.string().optional(),
    })
    .optional(),
});

/** The event types whose message is a question, and so claimed once per message. */
const QUESTION_EVENTS = new Set(['app_mention', 'message']);

export interface Envelope {
  eventId: string | undefined;
  /**
   * The message a question event carries, as `<event type>:<channel>:<ts>`: Slack may deliver
   * one message under two event ids. The type is part of it so that a message event Slack sends
   * for a mention (when a workspace subscribes to both) cannot take the mention's place.
   */
  messageKey: string | undefined;
  /** Whether the channel is shared with another organisation. */
  sharedChannel: boolean;
  /** The asker belongs to another organisation than the workspace the event came to (Slack Connect). */
  externalAsker: boolean;
  /** The asker's team as the event names it (`user_team`, else `team`), if it does. */
  askerTeam: string | undefined;
}

/** The outer Events API envelope: what dedupe reads, and whether the channel is shared. */
export function readEnvelope(body: unknown): Envelope {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return { eventId: undefined, messageKey: undefined, sharedChannel: false, externalAsker: false, askerTeam: undefined };
  const { event } = parsed.data;
  const isQuestion = event !== undefined && QUESTION_EVENTS.has(event.type) && event.subtype === undefined;
  return {
    eventId: parsed.data.event_id,
    messageKey: isQuestion && event.channel && event.ts ? `${event.type}:${event.channel}:${event.ts}` : undefined,
    sharedChannel: parsed.data.is_ext_shared_channel ?? false,
    externalAsker: event?.user_team !== undefined && parsed.data.team_id !== undefined && event.user_team !== parsed.data.team_id,
    askerTeam: event?.user_team ?? event?.team,
  };
}

export type ChannelType = 'im' | 'mpim' | 'channel' | 'group' | 'shared_channel' | 'unknown';

const channelTypeSchema = z.enum(['im', 'mpim', 'channel', 'group']);

/**
 * Message events say their channel type; mentions and commands do not, so it is read from the
 * conversation id's first letter (D: direct message, C: channel, G: private channel or group).
 */
export function channelTypeOf(channelId: string, hint: unknown, sharedChannel = false): ChannelType {
  if (sharedChannel) return 'shared_channel';
  // Mentions have no hint: a failed parse builds an error, not worth it on every mention.
  if (hint !== undefined) {
    const fromHint = channelTypeSchema.safeParse(hint);
    if (fromHint.success) return fromHint.data;
  }
  if (channelId.startsWith('D')) return 'im';
  if (channelId.startsWith('C')) return 'channel';
  if (channelId.startsWith('G')) return 'group';
  return 'unknown';
}

const actionBodySchema = z.object({
  user: z.object({
    id: z.string().min(1),
    name: z.string().optional(),
    username: z.string().optional(),
  }),
});

/** Who clicked a button, with a readable name when Slack sends one. */
export function readActionUser(body: unknown): { id: string; name: string } | undefined {
  const parsed = actionBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { id, name, username } = parsed.data.user;
  return { id, name: username ?? name ?? id };
}

const actionPlaceSchema = z.object({
  user: z.object({ team_id: z.string().optional() }).optional(),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().min(1).optional() }).optional(),
});

/** Where a button was clicked, and the clicker's team, as far as the payload says. */
export function readActionPlace(body: unknown): { channelId: string | undefined; userTeam: string | undefined } {
  const parsed = actionPlaceSchema.safeParse(body);
  if (!parsed.success) return { channelId: undefined, userTeam: undefined };
  return { channelId: parsed.data.channel?.id ?? parsed.data.container?.channel_id, userTeam: parsed.data.user?.team_id };
}

const buttonSchema = z.object({ type: z.literal('button'), value: z.string().optional() });

/** The `value` of a clicked button; undefined for any other kind of action. */
export function readButtonValue(action: unknown): string | undefined {
  const parsed = buttonSchema.safeParse(action);
  return parsed.success ? parsed.data.value : undefined;
}

const actionChannelSchema = z.object({
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().min(1).optional() }).optional(),
});

/** The conversation a click came from: where its answer, or its pin, belongs; undefined when the payload names none. */
export function readActionChannel(body: unknown): string | undefined {
  const parsed = actionChannelSchema.safeParse(body);
  return parsed.success ? (parsed.data.channel?.id ?? parsed.data.container?.channel_id) : undefined;
}

const selectSchema = z.object({ type: z.literal('static_select'), selected_option: z.object({ value: z.string() }) });

/** The value of the option picked in a menu; undefined for any other kind of action. */
export function readSelectedValue(action: unknown): string | undefined {
  const parsed = selectSchema.safeParse(action);
  return parsed.success ? parsed.data.selected_option.value : undefined;
}
