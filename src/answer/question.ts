/**
 * Turns what a user typed (in Slack, once its markup is read by `src/slack/text.ts`, or in a
 * terminal) into plain question text: emoji, invisible and control characters out, NFC, bounded length.
 */

/** Longer questions are read up to here: no real question is longer, and it bounds the work. */
export const MAX_QUESTION_CHARS = 1000;

export interface ReadQuestion {
  text: string;
  truncated: boolean;
}

// Emoji, flags, skin tones, variation selectors and keycaps, one alternative each so none combines with another.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u20E3/gu;
// Control characters, bidirectional overrides and zero-width characters.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function readQuestion(raw: string): ReadQuestion {
  const text = raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(PICTOGRAPHS, ' ')
    .replace(INVISIBLE, ' ')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: false };
  const cut = text.slice(0, MAX_QUESTION_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > MAX_QUESTION_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trim(), truncated: true };
}

/** True when the text holds at least one letter or digit. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
