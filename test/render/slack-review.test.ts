import { describe, expect, it } from 'vitest';
import { passageOptionGroups } from '../../src/render/slack-passage-options.ts';
import { renderChoosePassageModal, renderDigest, renderReviewSection, renderTaughtSection, REVIEW_PAGE_SIZE, type PassageChoice } from '../../src/render/slack-review.ts';
import type { AskedQuestion, ReviewItem } from '../../src/review/review-queue.ts';

const HOSTILE = '<!channel> <@U999> <https://evil.example/b|clic> https://evil.example/c #general';

function item(i: number, overrides: Partial<AskedQuestion> = {}): ReviewItem {
  return {
    key: `k${i}`,
    count: 2,
    notHelpful: 1,
    causes: ['refused'],
    latest: {
      id: `q${i}`,
      askedAt: new Date(Date.UTC(2026, 11, 3, 10, i)),
      text: `Question ${i}`,
      surface: 'mention',
      channelType: 'shared_channel',
      channelId: 'C1',
      threadTs: '1.2',
      userId: 'U1',
      external: true,
      answered: false,
      reason: 'not_in_release',
      confidence: 0,
      passageId: null,
      releaseId: null,
      verified: false,
      notHelpful: 1,
      flagged: false,
      ...overrides,
    },
  };
}

/** Every text object of a Block Kit tree, with the kind of object it is. */
function textObjects(node: unknown): { type: string; text: string; verbatim?: boolean }[] {
  if (Array.isArray(node)) return node.flatMap(textObjects);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = (record.type === 'mrkdwn' || record.type === 'plain_text') && typeof record.text === 'string' ? [record as { type: string; text: string; verbatim?: boolean }] : [];
  return [...own, ...Object.values(record).flatMap(textObjects)];
}

/** Every button of a Block Kit tree. */
function buttons(node: unknown): { action_id: string; value?: string }[] {
  if (Array.isArray(node)) return node.flatMap(buttons);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.type === 'button' ? [record as { action_id: string; value?: string }] : [];
  return [...own, ...Object.values(record).flatMap(buttons)];
}

function expectNothingLive(node: unknown): void {
  for (const text of textObjects(node)) {
    if (text.type === 'mrkdwn' && text.text.includes('evil')) {
      expect(text.verbatim).toBe(true);
      expect(text.text).not.toMatch(/<[!@#h]/);
    }
  }
}

const sentenceOf = (id: string): string | null => (id === 'r:1' ? `La phrase ${HOSTILE}` : null);

describe('the "À revoir" section', () => {
  it('shows a hostile question as plain text, never as a live link or mention', () => {
    const blocks = renderReviewSection([item(1, { text: HOSTILE, answered: true, reason: 'answer', passageId: 'r:1', confidence: 0.6 })], sentenceOf);
    expectNothingLive(blocks);
    expect(JSON.stringify(blocks)).toContain('evil.example/c');
  });

  it('offers the four actions on an answered question, and no "Bonne réponse" on a refusal', () => {
    const answered = renderReviewSection([item(1, { answered: true, reason: 'answer', passageId: 'r:1', confidence: 0.6 })], sentenceOf);
    const refused = renderReviewSection([item(2)], sentenceOf);
    expect(buttons(answered).map((b) => b.action_id)).toEqual(['review_confirm', 'review_choose_passage', 'review_not_in_release', 'review_ignore']);
    expect(buttons(refused).map((b) => b.action_id)).toEqual(['review_choose_passage', 'review_not_in_release', 'review_ignore']);
  });

  it('says where the question came from and that the asker is outside the organisation', () => {
    expect(JSON.stringify(renderReviewSection([item(1)], sentenceOf))).toContain('hors de l’organisation');
  });

  it('shows one page of entries and a button to the next', () => {
    const items = Array.from({ length: REVIEW_PAGE_SIZE * 2 + 1 }, (_, i) => item(i));
    const blocks = renderReviewSection(items, sentenceOf, 0);
    expect(buttons(blocks).filter((b) => b.action_id === 'review_ignore')).toHaveLength(REVIEW_PAGE_SIZE);
    expect(buttons(blocks).filter((b) => b.action_id === 'review_page')).toEqual([expect.objectContaining({ value: '1' })]);
  });

  it('marks a taught question whose passage is gone, with the actions that teach it again or remove it', () => {
    const orphan = { id: 't7', question: 'Et le taux de MET ?', outcome: { kind: 'passage' as const, passageId: 'r:gone', releaseId: 'r' }, taughtBy: 'U1', taughtAt: '2026-12-01T09:00:00.000Z' };
    const blocks = renderReviewSection([item(1)], sentenceOf, 0, [orphan]);
    expect(JSON.stringify(blocks)).toContain('le passage appris n’existe plus');
    expect(JSON.stringify(blocks)).toContain('À revoir (2)');
    expect(buttons(blocks.slice(0, 6)).map((b) => [b.action_id, b.value])).toEqual([
      ['review_choose_passage', 'taught:t7'],
      ['review_not_in_release', 'taught:t7'],
      ['taught_remove', 't7'],
    ]);
  });

  it('stays within the App Home’s 100 blocks with a full page of each section', () => {
    const items = Array.from({ length: 50 }, (_, i) => item(i));
    const taught = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, question: `Q${i}`, sentence: 'Phrase.', taughtBy: 'U1', taughtAt: new Date() }));
    expect(renderReviewSection(items, sentenceOf).length + renderTaughtSection(taught).length).toBeLessThanOrEqual(70);
  });
});

describe('the "Questions apprises" section', () => {
  it('shows a taught question and its sentence without making either live', () => {
    const blocks = renderTaughtSection([{ id: 't1', question: HOSTILE, sentence: `Phrase ${HOSTILE}`, taughtBy: 'U1', taughtAt: new Date('2026-12-03T10:00:00Z') }]);
    expectNothingLive(blocks);
    expect(buttons(blocks)).toEqual([expect.objectContaining({ action_id: 'taught_remove', value: 't1' })]);
  });
});

describe('the modal that picks a passage', () => {
  const passages: PassageChoice[] = Array.from({ length: 150 }, (_, i) => ({ id: `r:${i}`, text: `Phrase ${i} `.repeat(20), section: i < 75 ? 'Résultats' : 'À propos' }));

  it('lists the engine’s candidates first, then the release by section, when all passages fit in the menu', () => {
    const view = renderChoosePassageModal({ questionId: 'q1', question: 'Q', candidates: [passages[60]!], passages: passages.slice(0, 99), canReply: true });
    const element = (view.blocks[1] as { element: { type: string; option_groups: { label: { text: string }; options: { text: { text: string } }[] }[] } }).element;
    expect(element.type).toBe('static_select');
    expect(element.option_groups.map((group) => group.label.text)).toEqual(['Meilleurs candidats', 'Résultats', 'À propos']);
    expect(element.option_groups.reduce((sum, group) => sum + group.options.length, 0)).toBe(99);
    expect(Math.max(...element.option_groups.flatMap((group) => group.options.map((o) => o.text.text.length)))).toBeLessThanOrEqual(75);
    expect(JSON.stringify(view)).toContain('"private_metadata":"q1"');
  });

  it('asks the bot for the passages as the reviewer types when the release has more than the menu lists', () => {
    const view = renderChoosePassageModal({ questionId: 'q1', question: 'Q', candidates: [passages[120]!], passages, canReply: true });
    const element = (view.blocks[1] as { element: { type: string; min_query_length?: number } }).element;
    expect(element).toMatchObject({ type: 'external_select', min_query_length: 0 });
  });

  it('offers to reply in the thread only where the question can be answered', () => {
    const view = renderChoosePassageModal({ questionId: 'q1', question: 'Q', candidates: [], passages: passages.slice(0, 3), canReply: false });
    expect(JSON.stringify(view)).not.toContain('reply_in_thread');
  });
});

describe('the daily digest', () => {
  it('gives the counts, the questions to review as plain text and a button to the App Home', () => {
    const message = renderDigest({ day: '2026-12-03', questions: 12, answered: 9, refused: 3, notHelpful: 1, toReview: [item(1, { text: HOSTILE })] }, 'slack://app?team=T1&id=A1&tab=home');
    expectNothingLive(message.blocks);
    expect(message.text).toContain('12 questions');
    expect(JSON.stringify(message.blocks)).toContain('slack://app?team=T1&id=A1&tab=home');
  });
});

describe('the passages a reviewer searches', () => {
  const passages: PassageChoice[] = [
    { id: 'r:1', text: 'Plus de 1 000 patients ont été inclus dans l’essai.', section: 'Résultats' },
    { id: 'r:2', text: 'La survie sans progression est de 23,7 mois.', section: 'Résultats' },
    { id: 'r:3', text: 'Gustave Roussy est le premier centre européen de lutte contre le cancer.', section: 'À propos' },
  ];

  it('keeps the passages holding every word typed, accents and case aside', () => {
    const { groups } = passageOptionGroups([], passages, 'europeen CENTRE');
    expect(groups.flatMap((group) => group.options.map((o) => o.value))).toEqual(['r:3']);
  });

  it('puts the engine’s candidates first, and lists each passage once', () => {
    const { groups } = passageOptionGroups([passages[1]!], passages, '');
    expect(groups.map((group) => group.label.text)).toEqual(['Meilleurs candidats', 'Résultats', 'À propos']);
    expect(groups.flatMap((group) => group.options.map((o) => o.value))).toEqual(['r:2', 'r:1', 'r:3']);
  });

  it('stops at the 100 options Slack shows and says the list is cut', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ id: `m:${i}`, text: `Phrase ${i}`, section: 'Résultats' }));
    const options = passageOptionGroups([], many, '');
    expect(options.groups.flatMap((group) => group.options)).toHaveLength(100);
    expect(options.complete).toBe(false);
  });
});
