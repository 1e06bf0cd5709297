import { describe, expect, it } from 'vitest';
import { askContext } from '../../src/answer/ask-context.ts';
import { embargoOf, hiddenReleaseIds, isVisible } from '../../src/answer/embargo.ts';
import type { Audience } from '../../src/answer/types.ts';

const release = { id: 'helios', embargo: '2026-12-10T09:30:00+01:00' };
const before = new Date('2026-12-10T08:29:59Z');
const at = new Date('2026-12-10T08:30:00Z');

describe('askContext', () => {
  it('defaults to an internal asker, not exposed, no pin, at the current time', () => {
    const context = askContext({});
    expect(context).toMatchObject({ audience: 'internal', exposed: false, pinnedReleaseId: null });
    expect(Math.abs(context.now.getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('keeps the fields it is given', () => {
    expect(askContext({ audience: 'guest', exposed: true, now: at, pinnedReleaseId: 'x' })).toEqual({ audience: 'guest', exposed: true, now: at, pinnedReleaseId: 'x' });
  });
});

describe('isVisible before the embargo', () => {
  const rows: [Audience, boolean, boolean][] = [
    ['internal', false, true],
    ['internal', true, false],
    ['external', false, false],
    ['external', true, false],
    ['guest', false, false],
    ['guest', true, false],
  ];
  it.each(rows)('shows it to a %s asker, exposed %s: %s', (audience, exposed, visible) => {
    expect(isVisible(release, askContext({ audience, exposed, now: before }))).toBe(visible);
  });
});

describe('isVisible from the embargo on', () => {
  it.each<Audience>(['internal', 'external', 'guest'])('shows it to a %s asker in an exposed place at the very instant of the embargo', (audience) => {
    expect(isVisible(release, askContext({ audience, exposed: true, now: at }))).toBe(true);
  });

  it('shows a release without embargo to anyone', () => {
    expect(isVisible({}, askContext({ audience: 'external', exposed: true, now: before }))).toBe(true);
  });
});

describe('hiddenReleaseIds', () => {
  it('lists, sorted, the releases an outsider may not see yet', () => {
    const releases = [{ id: 'zeta', embargo: release.embargo }, { id: 'open' }, { id: 'alpha', embargo: release.embargo }];
    expect(hiddenReleaseIds(releases, askContext({ audience: 'external', now: before }))).toEqual(['alpha', 'zeta']);
  });
});

describe('embargoOf', () => {
  it('says the embargo in the release’s own offset, whatever the server’s zone', () => {
    expect(embargoOf(release, before)).toEqual({ until: '2026-12-10T09:30:00+01:00', label: "Sous embargo jusqu'au 10 décembre 2026 à 9 h 30" });
  });

  it.each([
    ['2027-03-01T14:00:00+01:00', "Sous embargo jusqu'au 1er mars 2027 à 14 h"],
    ['2027-06-15T07:05:00Z', "Sous embargo jusqu'au 15 juin 2027 à 7 h 05"],
  ])('writes %s as “%s”', (embargo, label) => {
    expect(embargoOf({ embargo }, before)?.label).toBe(label);
  });

  it('is null once the embargo is over', () => {
    expect(embargoOf(release, at)).toBeNull();
  });
});
