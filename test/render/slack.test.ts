import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boldFigures,
  escapeSlackText,
  formatReleaseDate,
  renderAlternatives,
  renderNotice,
  renderSlackAnswer,
  renderSlashHelp,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
} from '../../src/render/slack.ts';
import { ACTION_IDS } from '../../src/render/slack-actions.ts';
import { answeredMet, MET_CONTEXT, notInRelease, RELEASE } from '../support/answers.ts';
import { visibleText } from '../support/visible-text.ts';

const QUESTION_ID = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

function actionIds(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id ?? '') : []));
}

function sectionTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

describe('renderSlackAnswer', () => {
  it('quotes the sentence with its figures in bold', () => {
    expect(sectionTexts(renderSlackAnswer(answeredMet()).blocks)).toContain(
      '>Ainsi, les anomalies de MET sont de *4,4 %* avec l’association, contre *13,6 %* avec l’osimertinib seul.',
    );
  });

  it('shows the context sentence the answer leans on', () => {
    expect(visibleText(renderSlackAnswer(answeredMet()))).toContain(`Contexte : « ${MET_CONTEXT} »`);
  });

  it('leaves the context out when there is none', () => {
    expect(visibleText(renderSlackAnswer(answeredMet({ context: null })))).not.toContain('Contexte');
  });

  it('cites the release with its publisher and its date in French', () => {
    expect(visibleText(renderSlackAnswer(answeredMet()))).toContain(`Source : ${RELEASE.title} (Gustave Roussy, 14 septembre 2024)`);
  });

  it('links the release’s sources', () => {
    expect(visibleText(renderSlackAnswer(answeredMet()))).toContain(
      'Liens : <https://youtu.be/j4KDUuWhwUI?si=KDLdls43AL9Jh0gp|Voir la vidéo en ligne> · <http://www.gustaveroussy.fr/|Gustave Roussy>',
    );
  });

  it('puts the sentence and the source in the text fallback', () => {
    const { text } = renderSlackAnswer(answeredMet());
    expect(text).toContain('« Ainsi, les anomalies de MET sont de 4,4 %');
    expect(text).toContain('Source : Cancer du poumon');
  });

  it('shows the engine’s French message when the release does not answer', () => {
    const message = renderSlackAnswer(notInRelease('Quel temps fait-il ?'));
    expect(sectionTexts(message.blocks)).toEqual(['Le communiqué ne répond pas à cette question. Je préfère ne rien inventer.']);
    expect(message.text).toBe('Le communiqué ne répond pas à cette question. Je préfère ne rien inventer.');
  });

  it('offers "Autres passages" and feedback under a reply, but no publish button', () => {
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'message' }, QUESTION_ID))).toEqual([ACTION_IDS.alternatives, ACTION_IDS.helpful, ACTION_IDS.notHelpful]);
  });

  it('leaves out "Autres passages" when there are none', () => {
    expect(actionIds(renderSlackAnswer(answeredMet({ alternatives: [] })))).not.toContain(ACTION_IDS.alternatives);
  });

  it('offers "Publier dans le canal" first in the slash command’s private answer', () => {
    expect(actionIds(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }, QUESTION_ID))[0]).toBe(ACTION_IDS.publish);
  });

  it('repeats the question in the private answer, since the command text is not shown', () => {
    expect(visibleText(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }))).toContain(
      'Votre question : « Quel est le taux d’anomalies de MET avec l’association ? »',
    );
  });

  it('shows the confidence only in the private answer', () => {
    expect(visibleText(renderSlackAnswer(answeredMet(), { kind: 'ephemeral' }))).toContain('Confiance : 87 %');
    expect(visibleText(renderSlackAnswer(answeredMet()))).not.toContain('Confiance');
  });

  it('says who asked in the published answer, with no publish button', () => {
    const message = renderSlackAnswer(answeredMet(), { kind: 'published', askedBy: 'claire' });
    expect(visibleText(message)).toContain('Question de claire : « Quel est le taux d’anomalies de MET avec l’association ? »');
    expect(actionIds(message)).not.toContain(ACTION_IDS.publish);
  });

  it('escapes Slack markup in an echoed question so it cannot ping or link', () => {
    const message = renderSlackAnswer(notInRelease('<!channel> <@U123> <https://evil.example|clic> & co'), { kind: 'ephemeral' });
    expect(visibleText(message)).toContain('&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|clic&gt; &amp; co');
  });

  it('escapes the asker’s name in the published answer', () => {
    expect(visibleText(renderSlackAnswer(answeredMet(), { kind: 'published', askedBy: '<!here>' }))).toContain('Question de &lt;!here&gt;');
  });

  it('escapes &, < and > in the release’s own text', () => {
    const message = renderSlackAnswer(answeredMet({ sentence: 'R&D : 4,4 % <contre> 13,6 %' }));
    expect(sectionTexts(message.blocks)[0]).toBe('>R&amp;D : *4,4 %* &lt;contre&gt; *13,6 %*');
  });

  it('shows the engine’s notice about a cut question', () => {
    expect(visibleText(renderSlackAnswer(answeredMet({ notice: 'Votre message est très long.' })))).toContain('Votre message est très long.');
  });

  it('keeps a section within 3,000 characters without cutting an entity', () => {
    const message = renderSlackAnswer(answeredMet({ sentence: `${'a&b '.repeat(2_000)}fin`, figures: [] }));
    const quoted = sectionTexts(message.blocks)[0] ?? '';
    expect(quoted.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(quoted).toMatch(/…$/);
    expect(quoted).not.toMatch(/&[a-z]{0,3}…$/);
  });

  it('keeps the text fallback under 4,000 characters', () => {
    expect(renderSlackAnswer(answeredMet({ sentence: 'x'.repeat(10_000), figures: [] })).text.length).toBeLessThan(4_000);
  });
});

describe('boldFigures', () => {
  it('bolds the longer of two overlapping figures once', () => {
    expect(boldFigures('plus de 1 000 patients', [{ text: '1 000' }, { text: 'plus de 1 000 patients' }])).toBe('*plus de 1 000 patients*');
  });

  it('keeps white space around a figure outside the asterisks', () => {
    expect(boldFigures('de 4,4 % avec', [{ text: ' 4,4 % ' }])).toBe('de *4,4 %* avec');
  });
});

describe('formatReleaseDate', () => {
  it('writes an ISO date the French way', () => {
    expect(formatReleaseDate('2024-09-14')).toBe('14 septembre 2024');
  });

  it('returns an unreadable date as given', () => {
    expect(formatReleaseDate('bientôt')).toBe('bientôt');
  });
});

describe('renderAlternatives', () => {
  it('lists the other passages, quoted', () => {
    const message = renderAlternatives(answeredMet().alternatives);
    expect(sectionTexts(message.blocks)).toEqual([
      '*Autres passages*',
      '>Et les mutations de résistance à l’EGFR touchent 0,9 % des patients avec l’association contre 7,9 % dans l’autre groupe.',
    ]);
  });

  it('says so when there is no other passage', () => {
    expect(renderAlternatives([]).text).toBe('Pas d’autre passage pertinent dans le communiqué.');
  });
});

describe('renderSlashHelp and renderNotice', () => {
  it('explains how to use the command, with examples', () => {
    const text = visibleText(renderSlashHelp('/communique', ['Qu’est-ce que l’amivantamab ?']));
    expect(text).toContain('Tapez `/communique votre question`');
    expect(text).toContain('• Qu’est-ce que l’amivantamab ?');
  });

  it('renders a notice as one section with the same fallback', () => {
    expect(renderNotice('Merci & à bientôt')).toEqual({
      text: 'Merci &amp; à bientôt',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Merci &amp; à bientôt', verbatim: true } }],
    });
  });
});

describe('rendering any user text (property)', () => {
  const isEscaped = (text: string) => !/[<>]/.test(text) && !/&(?!amp;|lt;|gt;)/.test(text);

  it('never shows an unescaped <, > or & that came from the question or the asker’s name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 80 }), (question, name) => {
        const answer = notInRelease(question, { message: 'Pas de réponse.' });
        for (const variant of [{ kind: 'ephemeral' } as const, { kind: 'published', askedBy: name } as const]) {
          const message = renderSlackAnswer(answer, variant);
          expect(isEscaped(visibleText(message))).toBe(true);
        }
      }),
    );
  });

  it('never throws and stays within Slack’s limits for any sentence and figures', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5_000 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), (sentence, figures) => {
        const message = renderSlackAnswer(
          answeredMet({ sentence, figures: figures.map((text) => ({ text, kind: 'count' as const })) }),
          { kind: 'ephemeral' },
        );
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
        expect(message.text.length).toBeLessThan(4_000);
        for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      }),
    );
  });

  it('escapes exactly the three characters Slack asks for', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeSlackText(text);
        expect(escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(text);
        expect(isEscaped(escaped)).toBe(true);
      }),
    );
  });
});
