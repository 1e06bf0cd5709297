import { describe, expect, it } from 'vitest';
import { renderSlackAnswer, type SlackMessage } from '../../src/render/slack.ts';
import {
  ACTION_IDS,
  decodeFeedbackValue,
  decodePublishValue,
  decodeQuestionValue,
  encodeFeedbackValue,
  encodePublishValue,
  encodeQuestionValue,
  MAX_BUTTON_VALUE,
} from '../../src/render/slack-actions.ts';
import { REVIEW_ACTIONS } from '../../src/render/slack-review-actions.ts';
import { answeredMet } from '../support/answers.ts';

function actionIds(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id ?? '') : []));
}

describe('the "À revoir" button of a private answer', () => {
  const ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

  it('is shown to the communications team', () => {
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'ephemeral', reviewer: true }, ID))).toContain(REVIEW_ACTIONS.flag);
  });

  it('is not shown to anyone else', () => {
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'ephemeral', reviewer: false }, ID))).not.toContain(REVIEW_ACTIONS.flag);
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }, ID))).not.toContain(REVIEW_ACTIONS.flag);
  });
});

describe('button values', () => {
  const ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
  const buttonValues = (message: SlackMessage) =>
    Object.fromEntries(message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => [e.action_id, e.type === 'button' ? e.value : undefined]) : [])));

  it('give "Autres passages" the question alone', () => {
    const values = buttonValues(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }, ID));
    expect(values[ACTION_IDS.alternatives]).toBe('Quel est le taux d’anomalies de MET avec l’association ?');
  });

  it('give "Publier dans le canal" the question id, then the question', () => {
    const values = buttonValues(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }, ID));
    expect(values[ACTION_IDS.publish]).toBe(`${ID} Quel est le taux d’anomalies de MET avec l’association ?`);
  });

  it('give 👍 and 👎 the question id, the passage id, then the question', () => {
    const values = buttonValues(renderSlackAnswer(answeredMet(), { kind: 'message' }, ID));
    expect(values[ACTION_IDS.helpful]).toBe(`${ID} gustave-roussy-esmo-2024-mariposa:met Quel est le taux d’anomalies de MET avec l’association ?`);
    expect(values[ACTION_IDS.notHelpful]).toBe(values[ACTION_IDS.helpful]);
  });

  it('leave out publishing and feedback when the answer has no stored question to point at', () => {
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }))).toEqual([ACTION_IDS.alternatives]);
  });

  it('carry the question there and back', () => {
    expect(decodeQuestionValue(encodeQuestionValue('Quel taux de MET ?'))).toBe('Quel taux de MET ?');
    expect(decodePublishValue(encodePublishValue(ID, 'Quel taux de MET ?'))).toEqual({ questionId: ID, question: 'Quel taux de MET ?' });
  });

  it('carry the question id, the passage, its release and the question there and back for feedback', () => {
    expect(decodeFeedbackValue(encodeFeedbackValue(ID, 'gustave-roussy-esmo-2024-mariposa:1wkwspik2y6-2', ' Quel taux de MET ?'))).toEqual({
      questionId: ID,
      passageId: 'gustave-roussy-esmo-2024-mariposa:1wkwspik2y6-2',
      releaseId: 'gustave-roussy-esmo-2024-mariposa',
      question: ' Quel taux de MET ?',
    });
  });

  it('carry feedback on an answer that quoted no passage', () => {
    expect(decodeFeedbackValue(encodeFeedbackValue(ID, null, 'Quel temps fait-il ?'))).toEqual({ questionId: ID, passageId: null, releaseId: null, question: 'Quel temps fait-il ?' });
  });

  it('stay within 2,000 characters for a huge question, cut between code points', () => {
    const question = `a${'😀'.repeat(20_000)}`;
    const value = encodeFeedbackValue(ID, `${'r'.repeat(240)}:abc`, question);
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(encodePublishValue(ID, question).length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(encodeQuestionValue(question)).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('are refused when they are not ours', () => {
    expect(decodeQuestionValue('')).toBeUndefined();
    expect(decodeQuestionValue('x'.repeat(MAX_BUTTON_VALUE + 1))).toBeUndefined();
    expect(decodePublishValue('Quel taux ?')).toBeUndefined();
    expect(decodePublishValue(`${ID} `)).toBeUndefined();
    expect(decodeFeedbackValue('no-space')).toBeUndefined();
    expect(decodeFeedbackValue(`${ID} not/a:passage Quel taux ?`)).toBeUndefined();
    expect(decodeFeedbackValue('gustave-roussy-esmo-2024-mariposa:met Quel taux ?')).toBeUndefined();
    expect(decodeFeedbackValue('{"q":"Quel taux ?","p":"r:1","r":"r"}')).toBeUndefined();
  });
});

