/** Where a corrected answer goes: the thread of a mention, or the asker of a command, privately. */
import { expect, it } from 'vitest';
import { postCorrection, type CorrectionClient } from '../../../src/slack/review/post-correction.ts';
import { answeredMet } from '../../support/answers.ts';
import { askedQuestion } from '../../support/asked-question.ts';

const asked = askedQuestion({ text: 'Quel taux de MET ?', surface: 'command', channelId: 'C0GENERAL', threadTs: null, userId: 'U0ASKER' });

function client(failEphemeral: boolean): CorrectionClient & { calls: { method: string; channel: unknown }[] } {
  const calls: { method: string; channel: unknown }[] = [];
  return {
    calls,
    async apiCall(method, options) {
      calls.push({ method, channel: options.channel });
      if (method === 'chat.postEphemeral' && failEphemeral) throw new Error('user_not_in_channel');
      return { ok: true };
    },
  };
}

it('sends the correction of a command privately to the asker in the channel', async () => {
  const slack = client(false);
  await postCorrection(slack, asked, answeredMet());
  expect(slack.calls).toEqual([{ method: 'chat.postEphemeral', channel: 'C0GENERAL' }]);
});

it('sends it in a direct message when the asker is no longer in the channel', async () => {
  const slack = client(true);
  await postCorrection(slack, asked, answeredMet());
  expect(slack.calls.at(-1)).toEqual({ method: 'chat.postMessage', channel: 'U0ASKER' });
});

it('answers a mention in its thread', async () => {
  const slack = client(false);
  await postCorrection(slack, { ...asked, surface: 'mention', threadTs: '1.2' }, answeredMet());
  expect(slack.calls).toEqual([{ method: 'chat.postMessage', channel: 'C0GENERAL' }]);
});
