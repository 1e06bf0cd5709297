/**
 * Answer → Slack message (Block Kit plus a plain `text` fallback for notifications).
 * Pure functions: no Slack SDK, no I/O. Everything that is not our own wording is escaped
 * (`&`, `<`, `>`), so a question can never ping (`<!channel>`, `<@U…>`) or become a link, and
 * every `mrkdwn` object is `verbatim`: Slack would otherwise turn a bare URL or a channel name
 * typed in a question into a live link. The `text` fallback, which has no such switch, never
 * echoes the question.
 */
import type { Alternative, Answer, ReleaseRef, Source } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';
import { REVIEW_ACTIONS } from './slack-review-actions.ts';
import { ACTION_IDS, encodeFeedbackValue, encodeOtherReleaseValue, encodePublishValue, encodeQuestionValue } from './slack-actions.ts';
import {
  button,
  context,
  escapeSlackText,
  quote,
  section,
  SLACK_LIMITS,
  truncateEscaped,
  type ButtonElement,
  type SlackBlock,
  type SlackMessage,
} from './slack-blocks.ts';

export { escapeSlackText, SLACK_LIMITS, truncateEscaped } from './slack-blocks.ts';
export type { ButtonElement, HomeView, MrkdwnText, PlainText, SlackBlock, SlackMessage } from './slack-blocks.ts';

/**
 * Escapes a release sentence and puts each figure in bold. Figures are located in the raw
 * sentence and never overlap; the first, longest match wins.
 */
export function boldFigures(sentence: string, figures: readonly { text: string }[]): string {
  const spans: { start: number; end: number }[] = [];
  const byLength = [...figures].filter((f) => f.text.trim() !== '').sort((a, b) => b.text.length - a.text.length);
  for (const figure of byLength) {
    let from = 0;
    for (;;) {
      const start = sentence.indexOf(figure.text, from);
      if (start < 0) break;
      const end = start + figure.text.length;
      if (!spans.some((s) => start < s.end && end > s.start)) {
        spans.push({ start, end });
        break;
      }
      from = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    // White space stays outside the asterisks, or Slack does not bold.
    const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(sentence.slice(start, end)) ?? [];
    out += `${escapeSlackText(sentence.slice(at, start) + before)}*${escapeSlackText(core)}*${after}`;
    at = end;
  }
  return out + escapeSlackText(sentence.slice(at));
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-09-14` → `14 septembre 2024`; an unreadable date is shown as given. */
export function formatReleaseDate(isoDate: string): string {
  let formatted = formattedDates.get(isoDate);
  if (formatted === undefined) {
    const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
    formatted = Number.isNaN(date.getTime()) ? isoDate : frenchDate.format(date);
    // A handful of release dates, formatted under every answer: keep them.
    if (formattedDates.size < 10_000) formattedDates.set(isoDate, formatted);
  }
  return formatted;
}

const formattedDates = new Map<string, string>();

function sourceLine(release: ReleaseRef): string {
  return wording.slack.sourceLine(
    escapeSlackText(release.title),
    escapeSlackText(release.publisher),
    formatReleaseDate(release.date),
  );
}

/** `<url|label>` with both parts made safe: no `|` or `>` can end the link early. */
function link(source: Source): string {
  const url = source.url.replace(/[|<>\s]/g, encodeURIComponent).replace(/&/g, '&amp;');
  return `<${url}|${escapeSlackText(source.title).replace(/\|/g, '∣')}>`;
}

export function linksLine(sources: readonly Source[]): string | undefined {
  if (sources.length === 0) return undefined;
  return wording.slack.linksLine(sources.map(link).join(' · '));
}

function echo(question: string): string {
  return truncateEscaped(escapeSlackText(question.replace(/\s+/g, ' ').trim()), SLACK_LIMITS.echoedQuestion);
}

export type AnswerVariant =
  /** A reply in a channel thread or a DM. */
  | { kind: 'message' }
  /** The slash command's private answer, with the publish button; "À revoir" too for the communications team. */
  | { kind: 'ephemeral'; reviewer?: boolean }
  /** The answer made public from the slash command, saying who asked. */
  | { kind: 'published'; askedBy: string }
  /** Another release's answer, shown to whoever asked for it beside the first: no buttons. */
  | { kind: 'other' };

/** Publishing and feedback point at the stored question: without its id, those buttons are left out. */
function answerButtons(answer: Answer, variant: AnswerVariant, questionId: string | undefined): ButtonElement[] {
  const buttons: ButtonElement[] = [];
  if (variant.kind === 'other') return buttons;
  if (variant.kind === 'ephemeral' && answer.reason !== 'empty' && questionId !== undefined) {
    buttons.push(button(wording.slack.publishButton, ACTION_IDS.publish, encodePublishValue(questionId, answer.question), 'primary'));
    // The communications team tests answers here: "À revoir" sends this one to the review queue.
    if (variant.reviewer === true) buttons.push(button(wording.review.flag, REVIEW_ACTIONS.flag, questionId));
  }
  if (answer.otherRelease) {
    buttons.push(button(wording.slack.otherReleaseButton, ACTION_IDS.otherRelease, encodeOtherReleaseValue(answer.otherRelease.id, answer.question)));
  }
  if (answer.alternatives.length > 0) {
    buttons.push(button(wording.slack.alternativesButton, ACTION_IDS.alternatives, encodeQuestionValue(answer.question)));
  }
  if ((answer.answered || answer.reason === 'not_in_release') && questionId !== undefined) {
    const feedback = encodeFeedbackValue(questionId, answer.passageId, answer.question);
    buttons.push(button(wording.slack.helpful, ACTION_IDS.helpful, feedback));
    buttons.push(button(wording.slack.notHelpful, ACTION_IDS.notHelpful, feedback));
  }
  return buttons;
}

/** The notification text: the answer, and who asked when published, never the question (see the top of this file). */
function fallbackText(answer: Answer, lead: string | undefined): string {
  const body =
    answer.answered && answer.sentence !== null
      ? [`« ${escapeSlackText(answer.sentence)} »`, answer.release ? sourceLine(answer.release) : undefined]
      : [escapeSlackText(answer.message ?? wording.notInRelease(answer.pressContact))];
  const embargo = answer.embargo ? escapeSlackText(answer.embargo.label) : undefined;
  return truncateEscaped([lead, embargo, ...body].filter((s) => s !== undefined).join('\n'), SLACK_LIMITS.fallbackText);
}

/**
 * Renders an answer for Slack. An answered question shows the sentence quoted with its figures
 * in bold, the context sentence when there is one, the source and the release's links; any
 * other answer shows the engine's French message. Buttons follow; `questionId` (the stored
 * question) is what the publish and feedback buttons point at.
 */
export function renderSlackAnswer(answer: Answer, variant: AnswerVariant = { kind: 'message' }, questionId?: string): SlackMessage {
  const blocks: SlackBlock[] = [];
  let lead: string | undefined;
  let fallbackLead: string | undefined;
  if (variant.kind === 'ephemeral' && answer.question.trim() !== '') {
    lead = wording.slack.yourQuestion(echo(answer.question));
  } else if (variant.kind === 'published') {
    lead = wording.slack.askedByQuestion(echo(variant.askedBy), echo(answer.question));
    fallbackLead = wording.slack.askedBy(echo(variant.askedBy));
  } else if (variant.kind === 'other' && answer.release) {
    lead = escapeSlackText(wording.slack.otherReleaseLead(answer.release.title));
    fallbackLead = lead;
  }
  if (lead !== undefined) blocks.push(context(lead));
  if (answer.notice) blocks.push(context(escapeSlackText(answer.notice)));
  if (answer.verified) blocks.push(context(`✅ *${escapeSlackText(wording.review.verifiedLine)}*`));
  if (answer.embargo) blocks.push(context(`🔒 *${escapeSlackText(answer.embargo.label)}*`));

  if (answer.answered && answer.sentence !== null) {
    if (answer.context) blocks.push(context(wording.slack.contextLine(`« ${escapeSlackText(answer.context)} »`)));
    blocks.push(section(quote(boldFigures(answer.sentence, answer.figures))));
    const meta = [answer.release ? sourceLine(answer.release) : undefined, linksLine(answer.sources)];
    if (variant.kind === 'ephemeral') meta.push(wording.slack.confidenceLine(Math.round(answer.confidence * 100)));
    const present = meta.filter((m): m is string => m !== undefined);
    if (present.length > 0) blocks.push(context(...present));
    // Two releases answer about as surely: say which one this is, and offer the other (the button below).
    if (answer.otherRelease && answer.release) blocks.push(context(escapeSlackText(wording.slack.otherReleaseLine(answer.release.title, answer.otherRelease.title))));
  } else {
    blocks.push(section(escapeSlackText(answer.message ?? wording.notInRelease(answer.pressContact))));
  }

  const buttons = answerButtons(answer, variant, questionId);
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  return { text: fallbackText(answer, fallbackLead), blocks: blocks.slice(0, SLACK_LIMITS.messageBlocks) };
}

/** The other passages worth reading, shown to whoever clicked "Autres passages". */
export function renderAlternatives(alternatives: readonly Alternative[]): SlackMessage {
  if (alternatives.length === 0) {
    return renderNotice(wording.labels.noAlternatives);
  }
  const shown = alternatives.slice(0, SLACK_LIMITS.messageBlocks - 1);
  return {
    text: truncateEscaped(
      [wording.labels.alternatives, ...shown.map((a) => `« ${escapeSlackText(a.sentence)} »`)].join('\n'),
      SLACK_LIMITS.fallbackText,
    ),
    blocks: [section(`*${wording.labels.alternatives}*`), ...shown.map((a) => section(quote(escapeSlackText(a.sentence))))],
  };
}

/** A one-sentence message of our own (thanks, apology, rate limit…). */
export function renderNotice(text: string): SlackMessage {
  const escaped = escapeSlackText(text);
  return { text: truncateEscaped(escaped, SLACK_LIMITS.fallbackText), blocks: [section(escaped)] };
}

/** What `/communique` alone says. */
export function renderSlashHelp(command: string, examples: readonly string[]): SlackMessage {
  const help = escapeSlackText(wording.slack.slashHelp(command));
  const blocks = [section(help)];
  if (examples.length > 0) {
    blocks.push(section(`*${wording.slack.homeExamples}*\n${examples.map((e) => `• ${escapeSlackText(e)}`).join('\n')}`));
  }
  return { text: help, blocks };
}
