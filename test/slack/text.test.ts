import { describe, expect, it } from 'vitest';
import { slackToPlainText } from '../../src/slack/text.ts';

const plain = (raw: string): string => slackToPlainText(raw).replace(/\s+/g, ' ').trim();

describe('Slack markup read as plain text', () => {
  it.each([
    ['<@U123> Combien de patients ?', 'Combien de patients ?'],
    ['<@U1|bob> question', 'question'],
    ['<!channel> <!here> question', 'question'],
    ['voir <#C123|general>', 'voir general'],
    ['voir <https://gustaveroussy.fr|le site>', 'voir le site'],
    ['voir <https://gustaveroussy.fr>', 'voir https://gustaveroussy.fr'],
    ['écrire à <mailto:presse@example.org>', 'écrire à presse@example.org'],
    ['a &lt; b &amp; c', 'a < b & c'],
    [':tada: bravo :smile:', 'bravo'],
  ])('reads %j as %j', (raw, expected) => {
    expect(plain(raw)).toBe(expected);
  });

  it('leaves nothing of a message that is only a mention and emoji codes', () => {
    expect(plain('<@U123ABC> :tada: :smile:')).toBe('');
  });
});
