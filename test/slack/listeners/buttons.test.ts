import type { RespondArguments } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodeFeedbackValue, encodePublishValue, encodeQuestionValue } from '../../../src/render/slack-actions.ts';
import { recordFeedback } from '../../../src/slack/listeners/actions/feedback.ts';
import { publishAnswer } from '../../../src/slack/listeners/actions/publish-answer.ts';
import { showAlternatives } from '../../../src/slack/listeners/actions/show-alternatives.ts';
import { blockAction } from '../../support/slack-payloads.ts';
import { fakeDeps, recorder, type FakeDeps } from '../../support/fake-slack.ts';
import { questionRecord } from '../../support/question-record.ts';

const question = 'Quel est le taux de MET ?';
const passageId = 'gustave-roussy-esmo-2024-mariposa:met';
const questionId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

function valueFor(actionId: string): string {
  if (actionId.startsWith('feedback')) return encodeFeedbackValue(questionId, passageId, question);
  return actionId === ACTION_IDS.publish ? encodePublishValue(questionId, question) : encodeQuestionValue(question);
}

/** Deps whose store holds the question the buttons point at. */
async function depsWithQuestion(options: Parameters<typeof fakeDeps>[0] = {}): Promise<FakeDeps> {
  const deps = fakeDeps(options);
  await deps.store.recordQuestions([questionRecord({ id: questionId, text: question })]);
  return deps;
}

/** A click on one of our buttons, carrying what the rendered button would. */
function click(actionId: string, value = valueFor(actionId)) {
  const body = blockAction({ actionId, value, responseUrl: 'https://hooks.slack.test/r/2' });
  return { ack: recorder<void>(), respond: recorder<RespondArguments>(), body, action: body.actions[0] };
}

describe('publishAnswer', () => {
  it('acknowledges, posts the answer in the channel, then replaces the private copy with a confirmation', async () => {
    const args = click(ACTION_IDS.publish);
    await publishAnswer(args, fakeDeps());
    expect(args.ack.calls).toHaveLength(1);
    expect(args.respond.calls.map((r) => [r.response_type, r.replace_original])).toEqual([
      ['in_channel', false],
      ['ephemeral', true],
    ]);
    expect(args.respond.calls[0]?.text).toContain('Question de claire.comms');
    expect(args.respond.calls[1]?.text).toBe('Réponse publiée dans le canal.');
  });

  it('publishes once when the same answer is clicked twice, and says "Déjà publiée" the second time', async () => {
    const deps = fakeDeps();
    const first = click(ACTION_IDS.publish);
    const second = click(ACTION_IDS.publish);
    await Promise.all([publishAnswer(first, deps), publishAnswer(second, deps)]);
    const all = [...first.respond.calls, ...second.respond.calls];
    expect(all.filter((r) => r.response_type === 'in_channel')).toHaveLength(1);
    expect(all.filter((r) => r.text === 'Déjà publiée : cette réponse a été publiée dans le canal.')).toHaveLength(1);
  });

  it('apologises privately when the button carries no question', async () => {
    const args = click(ACTION_IDS.publish, '');
    const deps = fakeDeps();
    await publishAnswer(args, deps);
    expect(args.respond.calls).toMatchObject([{ response_type: 'ephemeral', text: 'Désolé, une erreur s’est produite. Réessayez dans un instant.' }]);
    expect(deps.logs.some((l) => l.msg === 'listener failed')).toBe(true);
  });
});

describe('showAlternatives', () => {
  it('shows the other passages only to the clicker, leaving the answer in place', async () => {
    const args = click(ACTION_IDS.alternatives);
    await showAlternatives(args, fakeDeps());
    expect(args.respond.calls).toMatchObject([{ response_type: 'ephemeral', replace_original: false }]);
    expect(args.respond.calls[0]?.text).toContain('Et les mutations de résistance à l’EGFR');
  });
});

describe('recordFeedback', () => {
  it('logs 👍 with the passage and the release, and thanks the user', async () => {
    const args = click(ACTION_IDS.helpful);
    const deps = await depsWithQuestion();
    await recordFeedback(args, deps, true);
    expect(deps.logs.find((l) => l.msg === 'feedback')).toMatchObject({
      helpful: true,
      user: 'U0COMMS',
      passageId,
      releaseId: 'gustave-roussy-esmo-2024-mariposa',
    });
    expect(args.respond.calls[0]?.text).toBe('Merci pour votre retour, il a été enregistré.');
  });

  it('stores the vote against the question, and a second click changes it', async () => {
    const deps = await depsWithQuestion();
    await recordFeedback(click(ACTION_IDS.helpful), deps, true);
    await recordFeedback(click(ACTION_IDS.notHelpful), deps, false);
    expect(await deps.store.feedbackFor(questionId)).toMatchObject([{ questionId, userId: 'U0COMMS', helpful: false }]);
  });

  it('says the vote could not be saved when the store does not hold the question', async () => {
    const args = click(ACTION_IDS.helpful);
    const deps = fakeDeps();
    await recordFeedback(args, deps, true);
    expect(args.respond.calls[0]?.text).toBe('Merci pour votre retour. Il n’a pas pu être enregistré pour l’instant ; réessayez dans un moment.');
    expect(deps.logs.find((l) => l.msg === 'feedback')).toMatchObject({ saved: false });
  });

  it('logs 👎 as not helpful', async () => {
    const deps = await depsWithQuestion();
    await recordFeedback(click(ACTION_IDS.notHelpful), deps, false);
    expect(deps.logs.find((l) => l.msg === 'feedback')).toMatchObject({ helpful: false });
  });

  it('keeps the question out of the feedback line at info level', async () => {
    const deps = fakeDeps({ level: 'info' });
    await recordFeedback(click(ACTION_IDS.helpful), deps, true);
    expect(deps.logs.find((l) => l.msg === 'feedback')).not.toHaveProperty('question');
  });

  it('adds the question to the feedback line at debug level', async () => {
    const deps = fakeDeps({ level: 'debug' });
    await recordFeedback(click(ACTION_IDS.helpful), deps, true);
    expect(deps.logs.find((l) => l.msg === 'feedback')).toMatchObject({ question });
  });

  it('apologises privately when a feedback value is not ours', async () => {
    const args = click(ACTION_IDS.helpful, 'not-a-passage Quel taux ?');
    const deps = fakeDeps();
    await recordFeedback(args, deps, true);
    expect(args.respond.calls).toMatchObject([{ response_type: 'ephemeral', text: 'Désolé, une erreur s’est produite. Réessayez dans un instant.' }]);
    expect(deps.logs.some((l) => l.msg === 'feedback')).toBe(false);
  });
});
