import { describe, expect, it } from 'vitest';
import { renderHomeView } from '../../src/render/slack-home.ts';
import { SLACK_LIMITS } from '../../src/render/slack.ts';
import { RELEASE } from '../support/answers.ts';
import { visibleText } from '../support/visible-text.ts';

const NOW = new Date('2026-12-04T12:00:00Z');
const ORCHIDEE = { ...RELEASE, id: 'gustave-roussy-wclc-2025-orchidee', title: 'Essai ORCHIDÉE', date: '2025-09-08', dateLabel: 'lundi 8 septembre 2025, 10h15' };

describe('renderHomeView', () => {
  it('lists each release with its title and date, how to ask, and example questions', () => {
    const text = visibleText(renderHomeView([RELEASE], ['Combien de patients dans l’essai MARIPOSA ?'], { now: NOW }));
    expect(text).toContain(`*${RELEASE.title}*\nsamedi 14 septembre 2024, 9h30, Gustave Roussy`);
    expect(text).toContain('/communique votre question');
    expect(text).toContain('• Combien de patients dans l’essai MARIPOSA ?');
  });

  it('stays within 100 blocks with 500 releases and says how many are not listed', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ ...RELEASE, id: `r${i}` }));
    const pins = Array.from({ length: 500 }, (_, i) => ({ channelId: `C${i}XYZ`, releaseTitle: RELEASE.title }));
    const view = renderHomeView(many, ['Q ?'], { pins, now: NOW });
    expect(view.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.homeBlocks);
    expect(visibleText(view)).toContain('… et 460 autres communiqués.');
  });

  it('lists the releases newest first', () => {
    const text = visibleText(renderHomeView([RELEASE, ORCHIDEE], [], { now: NOW }));
    expect(text.indexOf('Essai ORCHIDÉE')).toBeLessThan(text.indexOf(RELEASE.title));
  });

  it('says a release without an embargo, or past it, is online', () => {
    const past = { ...RELEASE, embargo: '2024-09-14T09:30:00+02:00' };
    expect(visibleText(renderHomeView([RELEASE], [], { now: NOW }))).toContain('En ligne');
    expect(visibleText(renderHomeView([past], [], { now: NOW }))).toContain('En ligne');
  });

  it('shows the embargo of a release still under it, at the time its front matter writes', () => {
    const embargoed = { ...RELEASE, embargo: '2026-12-10T09:30:00+01:00' };
    expect(visibleText(renderHomeView([embargoed], [], { now: NOW }))).toContain("Sous embargo jusqu'au 10 décembre 2026 à 9 h 30");
  });

  it('lists the pinned channels with the title of their release', () => {
    const text = visibleText(renderHomeView([RELEASE], [], { now: NOW, pins: [{ channelId: 'C0PRESSE', releaseTitle: 'Essai <ORCHIDÉE>' }] }));
    expect(text).toContain('Canaux épinglés');
    expect(text).toContain('<#C0PRESSE> → « Essai &lt;ORCHIDÉE&gt; »');
  });

  it('says a pin to a release no longer loaded is ignored', () => {
    const text = visibleText(renderHomeView([RELEASE], [], { now: NOW, pins: [{ channelId: 'C0PRESSE', releaseTitle: null }] }));
    expect(text).toContain('<#C0PRESSE> → communiqué qui n’est plus chargé : épingle ignorée');
  });

  it('shows a channel id that is not one of Slack’s as text', () => {
    const text = visibleText(renderHomeView([RELEASE], [], { now: NOW, pins: [{ channelId: '<!channel>', releaseTitle: 'X' }] }));
    expect(text).toContain('&lt;!channel&gt; → « X »');
  });
});
