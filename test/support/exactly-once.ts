/**
 * What the exactly-once tests share: sending signed events and clicks to a bot, counting the
 * replies the stand-in received, and reading a message as Slack would draw it.
 */
import type { Harness, LogLine } from './bot-harness.ts';
import { SIGNING_SECRET } from './bot-harness.ts';
import { postSigned } from './slack-signing.ts';
import type { SlackStandIn } from './slack-stand-in.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts a signed Events API body, as Slack's first delivery (`retryNum` undefined) or as its retry. */
export async function deliver(bot: Harness, body: object, retryNum?: number): Promise<number> {
  const retry = retryNum === undefined ? {} : { retryNum, retryReason: 'http_timeout' };
  const res = await postSigned(`${bot.baseUrl}/slack/events`, { json: body }, { signingSecret: SIGNING_SECRET, ...retry });
  await res.arrayBuffer();
  return res.status;
}

export function repliesIn(standIn: SlackStandIn, channel: string) {
  return standIn.delivered('chat.postMessage').filter((c) => c.args.channel === channel);
}

export async function waitForLog(bot: Harness, msg: string, count = 1, timeoutMs = 10_000): Promise<LogLine[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = bot.logs.filter((l) => l.msg === msg);
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`expected ${count} "${msg}" log line(s), saw ${found.length}`);
    await sleep(10);
  }
}

interface TextObject {
  type: string;
  text: string;
  verbatim?: boolean;
}

/**
 * Where Slack would make a live link of `needle` in a message: its `text` fallback (Slack links
 * bare URLs there), a `mrkdwn` object without `verbatim: true`, or `<needle…>` markup anywhere.
 */
export function liveLinkPlaces(message: { text?: unknown; blocks?: unknown }, needle: string): string[] {
  const places: string[] = [];
  if (typeof message.text === 'string' && message.text.includes(needle)) places.push('text fallback');
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}[${i}]`));
    else if (typeof node === 'object' && node !== null) {
      const object = node as Partial<TextObject>;
      if (typeof object.text === 'string' && object.text.includes(needle)) {
        if (object.text.includes(`<${needle}`)) places.push(`${path}: link markup`);
        if (object.type === 'mrkdwn' && object.verbatim !== true) places.push(`${path}: mrkdwn without verbatim`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'text' && key !== 'value') walk(value, `${path}.${key}`);
    }
  };
  walk(message.blocks, 'blocks');
  return places;
}
