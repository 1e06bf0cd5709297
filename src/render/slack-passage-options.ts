/**
 * The passages a reviewer picks from, as the option groups of a select menu: the engine's
 * candidates first, then the release by section, narrowed to the passages holding every word
 * typed. Slack shows at most 100 options, each label at most 75 characters.
 */
import type { PlainTextElement, PlainTextOption } from '@slack/types';

export interface PassageOptionGroup {
  label: PlainTextElement;
  options: PlainTextOption[];
}
import { foldText } from '../text/fold.ts';
import { wording } from '../answer/wording.fr.ts';
import { SLACK_LIMITS } from './slack-blocks.ts';


export interface PassageChoice {
  id: string;
  text: string;
  section: string;
}

export interface PassageOptions {
  groups: PassageOptionGroup[];
  /** False when some passages matching the query were left out for the cap. */
  complete: boolean;
}

export function passageOptionGroups(candidates: readonly PassageChoice[], passages: readonly PassageChoice[], query: string): PassageOptions {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const matches = (passage: PassageChoice): boolean => {
    const folded = foldText(`${passage.section} ${passage.text}`);
    return words.every((word) => folded.includes(word));
  };
  const groups = new Map<string, PlainTextOption[]>();
  const seen = new Set<string>();
  let complete = true;
  const add = (group: string, passage: PassageChoice): void => {
    if (seen.has(passage.id) || !matches(passage)) return;
    seen.add(passage.id);
    if (seen.size > SLACK_LIMITS.selectOptions) {
      complete = false;
      return;
    }
    groups.set(group, [...(groups.get(group) ?? []), option(passage)]);
  };
  for (const passage of candidates) add(wording.review.modalCandidates, passage);
  for (const passage of passages) add(passage.section || '—', passage);
  return { groups: [...groups].map(([label, options]) => ({ label: { type: 'plain_text', text: cut(label) }, options })), complete };
}

function option(passage: PassageChoice): PlainTextOption {
  return { text: { type: 'plain_text', text: cut(passage.text) }, value: passage.id };
}

function cut(text: string): string {
  return text.length > SLACK_LIMITS.optionText ? `${text.slice(0, SLACK_LIMITS.optionText - 1)}…` : text;
}
