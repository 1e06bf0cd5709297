import type { RespondArguments } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/answerer.ts';
import { ACTION_IDS } from '../../../src/render/slack-actions.ts';
import { answerCommand } from '../../../src/slack/listeners/commands/communique.ts';
import { fakeAnswerer } from '../../support/answers.ts';
import { slashCommand } from '../../support/slack-payloads.ts';
import { fakeDeps, recorder } from '../../support/fake-slack.ts';

const command = (text: string) => slashCommand({ text, responseUrl: 'https://hooks.slack.test/r/1' });

describe('answerCommand', () => {
  it('acknowledges once with the answer, ephemerally', async () => {
    const ack = recorder<RespondArguments | undefined>();
    await answerCommand({ command: command('taux de MET ?'), ack }, fakeDeps());
    expect(ack.calls).toHaveLength(1);
    expect(ack.calls[0]?.response_type).toBe('ephemeral');
    expect(ack.calls[0]?.text).toContain('4,4 %');
  });

  it('puts the publish button under the private answer', async () => {
    const ack = recorder<RespondArguments | undefined>();
    await answerCommand({ command: command('taux de MET ?'), ack }, fakeDeps());
    expect(JSON.stringify(ack.calls[0])).toContain(`"action_id":"${ACTION_IDS.publish}"`);
  });

  it('shows the help when the command has no text, without asking the engine', async () => {
    const ack = recorder<RespondArguments | undefined>();
    const answerer = fakeAnswerer();
    await answerCommand({ command: command('  '), ack }, fakeDeps({ answerer }));
    expect(ack.calls[0]?.text).toContain('Tapez `/communique votre question`');
    expect(answerer.asked).toEqual([]);
  });

  it('acknowledges with the French apology when the engine fails', async () => {
    const ack = recorder<RespondArguments | undefined>();
    const broken: Answerer = { ...fakeAnswerer(), answer: () => { throw new Error('boom'); } };
    const deps = fakeDeps({ answerer: broken });
    await answerCommand({ command: command('taux de MET ?'), ack }, deps);
    expect(ack.calls[0]?.text).toBe('Désolé, une erreur s’est produite. Réessayez dans un instant.');
    expect(deps.logs.some((l) => l.msg === 'listener failed')).toBe(true);
  });

  it('acknowledges silently once the user was already warned about the limit', async () => {
    const ack = recorder<RespondArguments | undefined>();
    const deps = fakeDeps({ limit: 1 });
    for (let i = 0; i < 3; i += 1) await answerCommand({ command: command('taux de MET ?'), ack }, deps);
    expect(ack.calls.map((c) => c?.text?.slice(0, 20))).toEqual(['« Ainsi, les anomali', 'Vous posez beaucoup ', undefined]);
  });
});
