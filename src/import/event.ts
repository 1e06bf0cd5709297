import { EVENT_CUES, KNOWN_CONGRESSES, MONTHS, TRIAL_WORDS_WITH_ARTICLE, WEEKDAYS } from './language.fr.ts';
import { fold } from './words.ts';

/** The event a release announces, as far as the text tells it. */
export interface DraftedEvent {
  /** `YYYY-MM-DDTHH:MM`, or `YYYY-MM-DD` when the text gives no time; null when it gives no full date. */
  date: string | null;
  /** As a person reads it: "samedi 14 septembre 2024, 9h30". */
  label: string | null;
  /** The congress: "ESMO 2024"; null when the text names none. */
  name: string | null;
  /** The congress without its year, for the keywords. */
  acronym: string | null;
  /** The text gives a weekday that is not the date's: a person must check the date. */
  weekdayMismatch: boolean;
}

interface DateMention {
  /** As `Date.getUTCDay` counts, when the text gives it. */
  weekday: number | null;
  day: number;
  month: number;
  year: number | null;
  hour: number | null;
  minute: number | null;
  timeText: string | null;
}

const MONTH_PATTERN = MONTHS.join('|');
const WEEKDAY_PATTERN = WEEKDAYS.join('|');
const DATE = new RegExp(
  `(?:\\b(${WEEKDAY_PATTERN})\\s+)?\\b(1er|\\d{1,2})\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?(?:\\s*(?:,|à|\\||-|–|—|dès|de)?\\s*(\\d{1,2})\\s*h\\s*(\\d{2})?\\b)?`,
  'giu',
);
const ACRONYM = String.raw`(\p{Lu}[\p{Lu}\d&-]+)(?:\s+(\d{4}))?`;
const EVENT = new RegExp(`(?:${EVENT_CUES.join('|')})((?:\\s+[\\p{Ll}'’]+){0,4}?)\\s+(?:[ld]['’])?${ACRONYM}\\b`, 'gu');
const BRACKETED_EVENT = new RegExp(`(?:${EVENT_CUES.join('|')})[^.()]{0,100}\\(${ACRONYM}\\)`, 'u');
const KNOWN_EVENT = new RegExp(`(?<![\\p{L}\\d])(${KNOWN_CONGRESSES.join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'u');

/**
 * Finds the event's date and time: the first date given with a time, its year taken from a
 * mention of the same day with a year, else from the only year the dated mentions give, else
 * the congress's ("ASCO 2025"), else the only year the text names;
 * without any time, the first date with a year (a dateline's, for a release about no event).
 * The congress: see `findCongress`.
 */
export function draftEvent(text: string): DraftedEvent {
  const mentions = [...text.matchAll(DATE)].map(readMention);
  const timed = mentions.find((m) => m.hour !== null && m.year !== null) ?? mentions.find((m) => m.hour !== null);
  const chosen = timed ?? mentions.find((m) => m.year !== null);
  const congress = findCongress(text);
  const year = chosen ? (chosen.year ?? yearFor(chosen, mentions) ?? numberOrNull(congress?.year) ?? onlyYear(text)) : null;
  const acronym = congress?.acronym ?? null;
  const eventYear = congress?.year ?? (year === null ? null : String(year));
  const name = acronym === null ? null : eventYear === null ? acronym : `${acronym} ${eventYear}`;
  if (!chosen || year === null) return { date: null, label: null, name, acronym, weekdayMismatch: false };
  const day = `${year}-${pad(chosen.month)}-${pad(chosen.day)}`;
  const weekdayIndex = new Date(Date.UTC(year, chosen.month - 1, chosen.day)).getUTCDay();
  const dayLabel = `${WEEKDAYS[weekdayIndex] ?? ''} ${chosen.day === 1 ? '1er' : chosen.day} ${MONTHS[chosen.month - 1] ?? ''} ${year}`;
  const found = { name, acronym, weekdayMismatch: chosen.weekday !== null && chosen.weekday !== weekdayIndex };
  if (chosen.hour === null) return { date: day, label: dayLabel, ...found };
  return { date: `${day}T${pad(chosen.hour)}:${pad(chosen.minute ?? 0)}`, label: `${dayLabel}, ${chosen.timeText}`, ...found };
}

/**
 * The congress: an acronym a cue brings in ("présentée à l'ESMO"), unless a trial word comes
 * between ("présenté dans l'essai MARIPOSA" names a trial); else one in brackets after a cue
 * ("au congrès de l'American Society of Clinical Oncology (ASCO)"); else a known congress.
 */
function findCongress(text: string): { acronym: string; year: string | null } | null {
  const cued = [...text.matchAll(EVENT)].find((m) => !fold(m[1] ?? '').split(/[\s']+/).some((w) => w in TRIAL_WORDS_WITH_ARTICLE));
  const found = cued ? { acronym: cued[2], year: cued[3] } : bracketed(text) ?? known(text);
  return found?.acronym ? { acronym: found.acronym, year: found.year ?? null } : null;
}

function bracketed(text: string): { acronym: string | undefined; year: string | undefined } | null {
  const match = BRACKETED_EVENT.exec(text);
  return match ? { acronym: match[1], year: match[2] } : null;
}

function known(text: string): { acronym: string | undefined; year: string | undefined } | null {
  const match = KNOWN_EVENT.exec(text);
  return match ? { acronym: match[1], year: match[2] } : null;
}

function readMention(match: RegExpExecArray | RegExpMatchArray): DateMention {
  const [, weekday, day = '', month = '', year, hour, minute] = match;
  const monthIndex = MONTHS.findIndex((m) => fold(m) === fold(month));
  const hourValue = hour === undefined ? null : Number(hour);
  return {
    weekday: weekday === undefined ? null : WEEKDAYS.findIndex((w) => fold(w) === fold(weekday)),
    day: day === '1er' ? 1 : Number(day),
    month: monthIndex + 1,
    year: year === undefined ? null : Number(year),
    hour: hourValue !== null && hourValue < 24 ? hourValue : null,
    minute: minute === undefined ? null : Number(minute),
    timeText: hour === undefined || hourValue === null || hourValue >= 24 ? null : `${Number(hour)}h${minute ?? ''}`,
  };
}

function yearFor(mention: DateMention, mentions: readonly DateMention[]): number | null {
  const sameDay = mentions.find((m) => m.year !== null && m.day === mention.day && m.month === mention.month);
  if (sameDay) return sameDay.year;
  const years = new Set(mentions.flatMap((m) => (m.year === null ? [] : [m.year])));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

function numberOrNull(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** The one year the text names, when it names only one ("publié en janvier 2024", "Samedi 14 septembre 2024"). */
function onlyYear(text: string): number | null {
  const years = new Set([...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => m[0]));
  return years.size === 1 ? Number([...years][0]) : null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
