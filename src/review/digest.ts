/**
 * The daily digest for the communications team: when it is due, which day it covers, and what
 * it says. Pure: the clock, the time zone and the questions are handed in.
 */
import type { AskedQuestion, ReviewItem } from './review-queue.ts';

/** How many questions to review the digest lists. */
export const DIGEST_TOP = 5;

export interface DigestSummary {
  /** The day covered, `YYYY-MM-DD` in the digest's time zone. */
  day: string;
  questions: number;
  answered: number;
  refused: number;
  notHelpful: number;
  /** The questions still to review (whenever asked) that were asked most, most asked first. */
  toReview: ReviewItem[];
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** The instant at which the wall clock of `timeZone` reads the given local time (the later one at a DST fold). */
function instantOf(local: LocalParts, timeZone: string): Date {
  const wanted = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = wanted;
  // Two corrections settle any offset, DST changes included.
  for (let i = 0; i < 2; i++) {
    const seen = localParts(new Date(guess), timeZone);
    guess += wanted - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
  }
  return new Date(guess);
}

/** `YYYY-MM-DD` of the local date `days` after the one of `at` in `timeZone`. */
export function localDay(at: Date, timeZone: string, days = 0): string {
  const { year, month, day } = localParts(at, timeZone);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The next instant, strictly after `now`, at which the clock of `timeZone` shows `time` (`HH:MM`). */
export function nextDigestAt(now: Date, time: string, timeZone: string): Date {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  for (let days = 0; days <= 2; days++) {
    const [year = 0, month = 1, day = 1] = localDay(now, timeZone, days).split('-').map(Number);
    const at = instantOf({ year, month, day, hour, minute }, timeZone);
    if (at > now) return at;
  }
  throw new Error(`no digest time found after ${now.toISOString()}`);
}

/** Today's digest time on the clock of `timeZone`, when it has come (at or before `now`); else null. */
export function digestDueToday(now: Date, time: string, timeZone: string): Date | null {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const [year = 0, month = 1, day = 1] = localDay(now, timeZone, 0).split('-').map(Number);
  const at = instantOf({ year, month, day, hour, minute }, timeZone);
  return at <= now ? at : null;
}

/** The day a digest sent at `sentAt` covers: the day before, on the team's clock. */
export function coveredDay(sentAt: Date, timeZone: string): string {
  return localDay(sentAt, timeZone, -1);
}

/** What the digest says about `day`; null when nothing was asked that day, as the digest is then not sent. */
export function summarizeDay(day: string, timeZone: string, questions: readonly AskedQuestion[], queue: readonly ReviewItem[]): DigestSummary | null {
  const ofDay = questions.filter((question) => localDay(question.askedAt, timeZone) === day);
  if (ofDay.length === 0) return null;
  return {
    day,
    questions: ofDay.length,
    answered: ofDay.filter((question) => question.answered).length,
    refused: ofDay.filter((question) => !question.answered && question.reason === 'not_in_release').length,
    notHelpful: ofDay.reduce((sum, question) => sum + question.notHelpful, 0),
    toReview: [...queue]
      .sort((a, b) => b.count - a.count || b.latest.askedAt.getTime() - a.latest.askedAt.getTime())
      .slice(0, DIGEST_TOP),
  };
}
