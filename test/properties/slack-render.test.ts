import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnswerer } from '../../src/answer/answerer.ts';
import type { Answer } from '../../src/answer/types.ts';
import { renderSlackAnswer, type AnswerVariant, type SlackMessage } from '../../src/render/slack.ts';
import { anyText, KNOWLEDGE_DIR, RUNS } from './arbitraries.ts';

/**
 * Slack reads `<…>` as a mention, a broadcast or a link, and `&…;` as an entity. A character the
 * user typed must reach Slack as `&lt;`, `&gt;` or `&amp;`. The check is differential: the
 * message rendered for the user's text must hold exactly as many raw `<`, `>` and bare `&` as the
 * message rendered for the same text with those three characters made harmless, so every raw one
 * left comes from our own markup (quotes, links), never from the user.
 */
function rawMarkupCount(message: SlackMessage): number {
  const strings: string[] = [message.text];
  JSON.stringify(message.blocks, (key, value: unknown) => {
    if (key === 'text' && typeof value === 'string') strings.push(value);
    return value;
  });
  return strings.reduce((sum, s) => sum + (s.match(/[<>]|&(?!(?:amp|lt|gt);)/g)?.length ?? 0), 0);
}

const harmless = (text: string): string => text.replace(/[<>&]/g, 'x');

/** User text heavy in Slack markup, entities and half-entities. */
const userText = fc.oneof(
  anyText,
  fc
    .array(fc.constantFrom('<', '>', '&', '&amp;', '&lt', 'lt;', '<!channel>', '<@U1>', '<https://e.example|clic>', '|', 'a', ' ', '\n', 'é'), {
      maxLength: 400,
    })
    .map((parts) => parts.join('')),
);

const VARIANTS: AnswerVariant[] = [{ kind: 'message' }, { kind: 'ephemeral' }, { kind: 'published', askedBy: 'Claire' }];

let answered: Answer;
let refused: Answer;

beforeAll(() => {
  const answerer = loadAnswerer(KNOWLEDGE_DIR);
  answered = answerer.answer('Quel est le taux d’anomalies de MET avec l’association ?');
  refused = answerer.answer('Quelle est la capitale du Pérou ?');
});

describe('the Slack renderer, given a question with arbitrary user text', () => {
  it('starts from one answered and one refused answer', () => {
    expect(answered.answered).toBe(true);
    expect(refused.answered).toBe(false);
  });

  for (const variant of VARIANTS) {
    it(`never lets a <, > or & of the question through unescaped (${variant.kind}, answered)`, () => {
      fc.assert(
        fc.property(userText, (question) => {
          const raw = rawMarkupCount(renderSlackAnswer({ ...answered, question }, variant));
          expect(raw).toBe(rawMarkupCount(renderSlackAnswer({ ...answered, question: harmless(question) }, variant)));
        }),
        RUNS,
      );
    });

    it(`never lets a <, > or & of the question through unescaped (${variant.kind}, refused)`, () => {
      fc.assert(
        fc.property(userText, (question) => {
          const raw = rawMarkupCount(renderSlackAnswer({ ...refused, question }, variant));
          expect(raw).toBe(rawMarkupCount(renderSlackAnswer({ ...refused, question: harmless(question) }, variant)));
        }),
        RUNS,
      );
    });
  }

  it('never lets a <, > or & of the asker’s name through unescaped', () => {
    fc.assert(
      fc.property(userText, userText, (askedBy, question) => {
        const raw = rawMarkupCount(renderSlackAnswer({ ...answered, question }, { kind: 'published', askedBy }));
        const safe = renderSlackAnswer({ ...answered, question: harmless(question) }, { kind: 'published', askedBy: harmless(askedBy) });
        expect(raw).toBe(rawMarkupCount(safe));
      }),
      RUNS,
    );
  });

  it('never throws, whatever the question', () => {
    fc.assert(
      fc.property(userText, (question) => {
        for (const variant of VARIANTS) expect(renderSlackAnswer({ ...answered, question }, variant).blocks.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
