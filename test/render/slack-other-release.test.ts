import { describe, expect, it } from 'vitest';
import { renderSlackAnswer, type SlackMessage } from '../../src/render/slack.ts';
import { ACTION_IDS, decodeOtherReleaseValue, encodeOtherReleaseValue } from '../../src/render/slack-actions.ts';
import { renderPinPicker } from '../../src/render/slack-pins.ts';
import { answeredMet, RELEASE } from '../support/answers.ts';
import { visibleText } from '../support/visible-text.ts';

const ORCHIDEE = { ...RELEASE, id: 'gustave-roussy-wclc-2025-orchidee', title: 'Essai <ORCHIDÉE>', date: '2025-09-08', dateLabel: 'lundi 8 septembre 2025, 10h15' };
const orchideeRef = { id: ORCHIDEE.id, title: ORCHIDEE.title, date: ORCHIDEE.date, dateLabel: ORCHIDEE.dateLabel, publisher: ORCHIDEE.publisher };

function elements(message: SlackMessage): { action_id?: string; value?: string; options?: { value: string; text: { text: string } }[] }[] {
  return message.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements as { action_id?: string; value?: string }[]) : []));
}

describe('an answer another release gives about as surely', () => {
  const answer = answeredMet({ otherRelease: orchideeRef });

  it('names the release it quotes and the other one', () => {
    expect(visibleText(renderSlackAnswer(answer))).toContain(`Réponse tirée du communiqué « ${RELEASE.title} ». Le communiqué « Essai &lt;ORCHIDÉE&gt; » répond aussi.`);
  });

  it('offers a button carrying the other release and the question', () => {
    const button = elements(renderSlackAnswer(answer)).find((element) => element.action_id === ACTION_IDS.otherRelease);
    expect(decodeOtherReleaseValue(button?.value)).toEqual({ releaseId: ORCHIDEE.id, question: answer.question });
  });

  it('says nothing of another release when none comes close', () => {
    const message = renderSlackAnswer(answeredMet());
    expect(visibleText(message)).not.toContain('répond aussi');
    expect(elements(message).map((element) => element.action_id)).not.toContain(ACTION_IDS.otherRelease);
  });

  it('shows the other release’s answer with its title first and no buttons', () => {
    const message = renderSlackAnswer(answeredMet(), { kind: 'other' });
    expect(message.text.startsWith(`Réponse du communiqué « ${RELEASE.title} » :`)).toBe(true);
    expect(elements(message)).toEqual([]);
  });
});

describe('the other-release button value', () => {
  it('reads back what it carries', () => {
    expect(decodeOtherReleaseValue(encodeOtherReleaseValue('gustave-roussy-esmo-2024-mariposa', 'Et la survie ?'))).toEqual({
      releaseId: 'gustave-roussy-esmo-2024-mariposa',
      question: 'Et la survie ?',
    });
  });

  it.each([undefined, '', 'no-question', 'Not An Id question ?', '../etc question ?'])('refuses a value that is not one of ours: %s', (value) => {
    expect(decodeOtherReleaseValue(value)).toBeUndefined();
  });
});

describe('the pin picker', () => {
  it('lists the releases newest first, by id', () => {
    const menu = elements(renderPinPicker([RELEASE, ORCHIDEE], null))[0];
    expect(menu?.action_id).toBe(ACTION_IDS.pinRelease);
    expect(menu?.options?.map((option) => option.value)).toEqual([ORCHIDEE.id, RELEASE.id]);
  });

  it('says which release the channel is pinned to', () => {
    expect(visibleText(renderPinPicker([RELEASE, ORCHIDEE], ORCHIDEE.id))).toContain('Épinglé aujourd’hui : « Essai &lt;ORCHIDÉE&gt; ».');
  });

  it('keeps to Slack’s 100 options and 75 characters an option', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...RELEASE, id: `r${i}`, title: 'Un titre très long '.repeat(10) }));
    const [menu] = elements(renderPinPicker(many, null));
    expect(menu?.options).toHaveLength(100);
    expect(Math.max(...(menu?.options ?? []).map((option) => option.text.text.length))).toBeLessThanOrEqual(75);
  });
});
