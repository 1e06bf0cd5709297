import { describe, expect, it } from 'vitest';
import { toAnswerLine } from '../../src/render/json.ts';
import { renderSlackAnswer } from '../../src/render/slack.ts';
import { renderTerminalAnswer } from '../../src/render/terminal.ts';
import { answeredMet } from '../support/answers.ts';
import { visibleText } from '../support/visible-text.ts';

const embargo = { until: '2026-12-10T09:30:00+01:00', label: "Sous embargo jusqu'au 10 décembre 2026 à 9 h 30" };
const embargoed = answeredMet({ embargo });

describe('the embargo line', () => {
  it('heads the Slack answer, in its blocks and in the notification text', () => {
    const message = renderSlackAnswer(embargoed);
    expect(JSON.stringify(message.blocks)).toContain(`🔒 *${embargo.label}*`);
    expect(message.text).toContain(embargo.label);
  });

  it('is absent from a Slack answer whose release is public', () => {
    expect(visibleText(renderSlackAnswer(answeredMet()))).not.toContain('embargo');
  });

  it('heads the terminal answer', () => {
    expect(renderTerminalAnswer(embargoed).split('\n')[0]).toBe(embargo.label);
  });

  it('is in the JSON line, beside the release id', () => {
    const line = toAnswerLine('q', embargoed);
    expect(line.embargo).toEqual(embargo);
    expect(line.release?.id).toBe('gustave-roussy-esmo-2024-mariposa');
  });

  it('is null in the JSON line of a public release', () => {
    expect(toAnswerLine('q', answeredMet()).embargo).toBeNull();
  });
});
