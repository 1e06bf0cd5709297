/**
 * Embargoes, read per question against its instant: a release under embargo is visible only
 * to the organisation, where no outsider reads; to anyone else it is as if it were not loaded.
 */
import type { Release } from '../knowledge/release.ts';
import type { Answer, AskContext, Embargo } from './types.ts';
import { wording } from './wording.fr.ts';

type Embargoed = Pick<Release, 'id' | 'embargo'>;

/** Whether the release's embargo is still running at `now` (a release without one never is). */
export function isUnderEmbargo(release: Pick<Release, 'embargo'>, now: Date): boolean {
  return release.embargo !== undefined && now.getTime() < Date.parse(release.embargo);
}

/**
 * Whether a question asked in `context` may see the release: always once its embargo has
 * passed (at the very instant of it included), before that only from inside the organisation
 * and where no outsider reads.
 */
export function isVisible(release: Pick<Release, 'embargo'>, context: AskContext): boolean {
  if (!isUnderEmbargo(release, context.now)) return true;
  return context.audience === 'internal' && !context.exposed;
}

/** The ids of the releases the question may not see, sorted: the key of the knowledge it is answered from. */
export function hiddenReleaseIds(releases: readonly Embargoed[], context: AskContext): string[] {
  return releases
    .filter((release) => !isVisible(release, context))
    .map((release) => release.id)
    .sort();
}

/** Whether any release is still under embargo at `now`: only then does it matter who asks and where. */
export function hasEmbargoRunning(releases: readonly Pick<Release, 'embargo'>[], now: Date): boolean {
  return releases.some((release) => isUnderEmbargo(release, now));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * The embargo line of an answer quoting `release` at `now`, or null once the embargo is over.
 * The date and time are read as written, in the release's own offset: the press office wrote
 * "9 h 30 à Paris", whatever the server's time zone.
 */
export function embargoOf(release: Pick<Release, 'embargo'>, now: Date): Embargo | null {
  if (release.embargo === undefined || !isUnderEmbargo(release, now)) return null;
  const [, year, month, day, hour, minute] = LOCAL_DATE_TIME.exec(release.embargo) ?? [];
  return {
    until: release.embargo,
    label: wording.embargo.until({ year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) }),
  };
}

/** The embargo line of `answer`: that of the release it quotes, if it is still under embargo at `now`. */
export function embargoOfAnswer(answer: Pick<Answer, 'release'>, releases: ReadonlyMap<string, Pick<Release, 'embargo'>>, now: Date): Embargo | null {
  const release = answer.release ? releases.get(answer.release.id) : undefined;
  return release ? embargoOf(release, now) : null;
}
