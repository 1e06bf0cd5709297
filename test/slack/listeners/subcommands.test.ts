import { describe, expect, it } from 'vitest';
import { subcommandOf } from '../../../src/slack/listeners/commands/subcommands.ts';

describe('the subcommands of /communique', () => {
  it.each([
    ['épingler', 'pin'],
    ['Épingler', 'pin'],
    [' epingler ', 'pin'],
    ['désépingler', 'unpin'],
    ['DESEPINGLER', 'unpin'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(subcommandOf(text)).toBe(expected);
  });

  it.each(['Combien de patients ?', 'épingler ce canal au communiqué MARIPOSA', 'épinglé'])('reads "%s" as a question', (text) => {
    expect(subcommandOf(text)).toBeNull();
  });
});
