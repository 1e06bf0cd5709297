/**
 * The communications team's review surfaces, as Block Kit: the "À revoir" and "Questions
 * apprises" sections of the App Home, the modal that picks a passage, and the daily digest.
 * Pure functions. Every text that came from a user or a release goes out as `plain_text` or as
 * `mrkdwn` with `verbatim: true` after escaping, so it never pings nor becomes a link.
 */
import type { ActionsBlock, Button, ExternalSelect, KnownBlock, ModalView, StaticSelect } from '@slack/types';
import { wording } from '../answer/wording.fr.ts';
import type { TaughtQuestion } from '../learning/taught-question.ts';
import type { DigestSummary } from '../review/digest.ts';
import type { ReviewItem } from '../review/review-queue.ts';
import { escapeSlackText, truncateEscaped } from './slack.ts';
import { passageOptionGroups, type PassageChoice } from './slack-passage-options.ts';
import { REVIEW_ACTIONS, REVIEW_VIEW, taughtTarget } from './slack-review-actions.ts';

export type { PassageChoice } from './slack-passage-options.ts';

const w = wording.review;

/** Entries per page, at most: a review entry takes five blocks, a taught one two, and the App Home holds 100 with the rest of the tab. */
export const REVIEW_PAGE_SIZE = 8;
export const TAUGHT_PAGE_SIZE = 8;
const SECTION_TEXT = 3000;

/** A taught question as the App Home lists it: its passage's sentence already looked up. */
export interface TaughtLine {
  id: string;
  question: string;
  /** The taught sentence; null for a taught refusal. */
  sentence: string | null;
  taughtBy: string;
  taughtAt: Date;
}

/** The sentence of a passage id, null when the knowledge no longer has it. */
export type SentenceOf = (passageId: string) => string | null;

/** A passage as the modal offers it. */
function plain(text: string): { type: 'plain_text'; text: string; emoji: boolean } {
  return { type: 'plain_text', text: text.length > SECTION_TEXT ? `${text.slice(0, SECTION_TEXT - 1)}…` : text, emoji: true };
}

/** User or release text inside mrkdwn: escaped, and never turned into links or mentions. */
function verbatim(escaped: string): { type: 'mrkdwn'; text: string; verbatim: true } {
  return { type: 'mrkdwn', text: truncateEscaped(escaped, SECTION_TEXT), verbatim: true };
}

function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return { type: 'button', action_id: actionId, text: plain(label), value, ...(style ? { style } : {}) };
}

function pager(actionId: string, page: number, pages: number): KnownBlock[] {
  if (pages <= 1) return [];
  const elements: Button[] = [];
  if (page > 0) elements.push(button(w.previous, actionId, String(page - 1)));
  if (page < pages - 1) elements.push(button(w.next, actionId, String(page + 1)));
  return [{ type: 'context', elements: [plain(w.pageOf(page + 1, pages))] }, { type: 'actions', elements }];
}

function pageOf<T>(items: readonly T[], page: number, size: number): { shown: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { shown: items.slice(at * size, at * size + size), page: at, pages };
}

function reviewEntry(item: ReviewItem, sentenceOf: SentenceOf): KnownBlock[] {
  const { latest } = item;
  const sentence = latest.answered && latest.passageId ? sentenceOf(latest.passageId) : null;
  const where = w.askedIn(w.where[latest.surface] ?? latest.surface, latest.external, item.count);
  const facts = [where, item.causes.map((cause) => w.causes[cause] ?? cause).join(', ')];
  if (item.notHelpful > 0) facts.push(w.notHelpfulCount(item.notHelpful));
  const said = latest.answered ? w.botSaid(Math.round(latest.confidence * 100)) : w.botRefused;
  const actions: ActionsBlock = {
    type: 'actions',
    block_id: `review:${latest.id}`,
    elements: [
      ...(latest.answered && latest.passageId ? [button(w.goodAnswer, REVIEW_ACTIONS.confirm, latest.id, 'primary')] : []),
      button(w.choosePassage, REVIEW_ACTIONS.choose, latest.id),
      button(w.notInRelease, REVIEW_ACTIONS.refuse, latest.id),
      button(w.ignore, REVIEW_ACTIONS.ignore, latest.id),
    ],
  };
  return [
    { type: 'section', text: plain(`« ${latest.text} »`) },
    { type: 'context', elements: [plain(facts.join(' · '))] },
    { type: 'section', text: verbatim(sentence ? `${escapeSlackText(said)}\n>${escapeSlackText(sentence)}` : escapeSlackText(said)) },
    actions,
    { type: 'divider' },
  ];
}

/**
 * A taught question whose passage the release no longer has: the bot no longer uses it, so the
 * team chooses its passage again, teaches it as not answered, or removes it. Five blocks, as an
 * asked question.
 */
function orphanEntry(taught: TaughtQuestion): KnownBlock[] {
  const date = taught.taughtAt.slice(0, 10);
  const target = taughtTarget(taught.id);
  return [
    { type: 'section', text: plain(`« ${taught.question} »`) },
    { type: 'context', elements: [plain(`${w.orphanFacts(date)} · ${w.causes.orphaned ?? ''}`)] },
    { type: 'section', text: plain(w.orphanSaid) },
    {
      type: 'actions',
      block_id: `review:${target}`,
      elements: [button(w.choosePassage, REVIEW_ACTIONS.choose, target), button(w.notInRelease, REVIEW_ACTIONS.refuse, target), button(w.remove, REVIEW_ACTIONS.removeTaught, taught.id, 'danger')],
    },
    { type: 'divider' },
  ];
}

/** "À revoir": the queue, one page of it: taught questions that lost their passage first, then the questions asked, newest first. */
export function renderReviewSection(
  items: readonly ReviewItem[],
  sentenceOf: SentenceOf,
  page = 0,
  orphans: readonly TaughtQuestion[] = [],
  pageSize = REVIEW_PAGE_SIZE,
): KnownBlock[] {
  const entries: (() => KnownBlock[])[] = [...orphans.map((taught) => () => orphanEntry(taught)), ...items.map((item) => () => reviewEntry(item, sentenceOf))];
  const { shown, page: at, pages } = pageOf(entries, page, pageSize);
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(w.queueTitle(entries.length)) }];
  if (entries.length === 0) blocks.push({ type: 'context', elements: [plain(w.queueEmpty)] });
  for (const entry of shown) blocks.push(...entry());
  return [...blocks, ...pager(REVIEW_ACTIONS.page, at, pages)];
}

function taughtEntry(line: TaughtLine): KnownBlock[] {
  const date = line.taughtAt.toISOString().slice(0, 10);
  const outcome = line.sentence === null ? escapeSlackText(w.taughtRefusal) : `${escapeSlackText(w.taughtAnswer)}\n>${escapeSlackText(line.sentence)}`;
  return [
    {
      type: 'section',
      text: verbatim(`*« ${escapeSlackText(line.question)} »*\n${outcome}`),
      accessory: button(w.remove, REVIEW_ACTIONS.removeTaught, line.id, 'danger'),
    },
    // Our own mention of the teacher, built from a user id Slack gave us: this one may be live.
    { type: 'context', elements: [{ type: 'mrkdwn', text: w.taughtBy(line.taughtBy.replace(/[^A-Z0-9]/g, ''), date) }] },
  ];
}

/** "Questions apprises": what the team taught, newest first, with a button to remove each. */
export function renderTaughtSection(lines: readonly TaughtLine[], page = 0, pageSize = TAUGHT_PAGE_SIZE): KnownBlock[] {
  const { shown, page: at, pages } = pageOf(lines, page, pageSize);
  const blocks: KnownBlock[] = [{ type: 'header', text: plain(w.taughtTitle(lines.length)) }];
  if (lines.length === 0) blocks.push({ type: 'context', elements: [plain(w.taughtEmpty)] });
  for (const line of shown) blocks.push(...taughtEntry(line));
  return [...blocks, ...pager(REVIEW_ACTIONS.taughtPage, at, pages)];
}

export interface ChoosePassageModal {
  questionId: string;
  question: string;
  /** The engine's best candidates, best first. */
  candidates: readonly PassageChoice[];
  /** Every passage of the release, in reading order. */
  passages: readonly PassageChoice[];
  /** Whether the question was asked somewhere a reply can go. */
  canReply: boolean;
}

/**
 * The modal of "Choisir le passage": the candidates first, then the release by section. Up to
 * Slack's 100 options they are listed in the modal; beyond, the menu asks the bot for the
 * passages matching what the reviewer types (`passageOptionGroups`).
 */
export function renderChoosePassageModal(modal: ChoosePassageModal): ModalView {
  const listed = passageOptionGroups(modal.candidates, modal.passages, '');
  const element: StaticSelect | ExternalSelect = listed.complete
    ? { type: 'static_select', action_id: REVIEW_VIEW.passageAction, option_groups: listed.groups }
    : { type: 'external_select', action_id: REVIEW_VIEW.passageAction, min_query_length: 0, placeholder: plain(w.modalSearch) };
  const blocks: KnownBlock[] = [
    { type: 'section', text: plain(`${w.modalQuestion} : « ${modal.question} »`) },
    { type: 'input', block_id: REVIEW_VIEW.passageBlock, label: plain(w.modalPassage), element },
  ];
  if (modal.canReply) {
    blocks.push({
      type: 'input',
      block_id: REVIEW_VIEW.replyBlock,
      optional: true,
      label: plain(w.modalReply),
      element: {
        type: 'checkboxes',
        action_id: REVIEW_VIEW.replyAction,
        options: [{ text: plain(w.modalReply), description: plain(w.modalReplyHint), value: 'reply' }],
        initial_options: [{ text: plain(w.modalReply), description: plain(w.modalReplyHint), value: 'reply' }],
      },
    });
  }
  return {
    type: 'modal',
    callback_id: REVIEW_VIEW.callbackId,
    private_metadata: modal.questionId,
    title: plain(w.modalTitle),
    submit: plain(w.modalSubmit),
    close: plain(w.modalCancel),
    blocks,
  };
}

/** The modal opened at once on "Choisir le passage", while the passages are looked up: Slack's trigger lasts 3 seconds. */
export function renderPassageModalMessage(text: string): ModalView {
  return { type: 'modal', title: plain(w.modalTitle), close: plain(w.modalCancel), blocks: [{ type: 'section', text: plain(text) }] };
}

/** The daily digest posted to the communications channel. */
export function renderDigest(summary: DigestSummary, homeUrl: string | null): { text: string; blocks: KnownBlock[] } {
  const counts = w.digestCounts(summary.questions, summary.answered, summary.refused, summary.notHelpful);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(w.digestTitle(summary.day)) },
    { type: 'section', text: plain(counts) },
  ];
  if (summary.toReview.length > 0) {
    const lines = summary.toReview.map((item) => `• « ${escapeSlackText(item.latest.text)} » (${item.count})`);
    blocks.push({ type: 'section', text: verbatim(`${escapeSlackText(w.digestToReview)}\n${lines.join('\n')}`) });
  }
  if (homeUrl) blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: REVIEW_ACTIONS.openHome, text: plain(w.digestOpenHome), url: homeUrl }] });
  return { text: `${w.digestTitle(summary.day)} : ${counts}`, blocks };
}
