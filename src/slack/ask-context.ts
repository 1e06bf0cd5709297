/**
 * The one place where the Slack edge says where and when a question is asked (`AskContext`):
 * every listener that answers goes through `contextOf`.
 */
import type { AskContext } from '../answer/types.ts';
import { readActionChannel } from './payloads.ts';
import type { ChannelPins } from './pins.ts';

export interface Asker {
  /** Where the question was asked (a channel, a direct message, the command's channel). */
  channelId: string;
}

export interface ContextSources {
  pins: ChannelPins;
}

/** What the edge knows of a question's context; the answerer fills in the rest. */
export async function contextOf(asker: Asker, sources: ContextSources): Promise<Partial<AskContext>> {
  return { pinnedReleaseId: await sources.pins.pinnedRelease(asker.channelId) };
}

/** The context of a click under an answer (answer again, publish, another release's answer): the conversation it came from. */
export async function contextOfClick(body: unknown, sources: ContextSources): Promise<Partial<AskContext>> {
  const channelId = readActionChannel(body);
  return channelId === undefined ? {} : contextOf({ channelId }, sources);
}
