import type { Answer } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';

/** An Answer as a person reads it in a terminal: the sentence, its figures, its source. Pure. */
export function renderTerminalAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(answer.notice, '');
  if (!answer.answered || !answer.sentence) {
    lines.push(answer.message ?? '');
    return lines.join('\n');
  }
  if (answer.context) lines.push(`${wording.labels.context} : ${answer.context}`, '');
  lines.push(`« ${answer.sentence} »`);
  if (answer.figures.length > 0) lines.push('', `${wording.labels.figures} : ${answer.figures.map((f) => f.text).join(' · ')}`);
  if (answer.release) lines.push('', `${wording.labels.source} : ${answer.release.title} (${answer.release.publisher}, ${answer.release.dateLabel})`);
  for (const source of answer.sources) lines.push(`  ${source.title} : ${source.url}`);
  lines.push(`${wording.labels.confidence} : ${Math.round(answer.confidence * 100)} %`);
  if (answer.alternatives.length > 0) {
    lines.push('', `${wording.labels.alternatives} :`);
    for (const alternative of answer.alternatives) lines.push(`  - ${alternative.sentence}`);
  }
  return lines.join('\n');
}
