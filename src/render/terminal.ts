import type { Answer, Verified } from '../answer/types.ts';
import { wording } from '../answer/wording.fr.ts';

/** An Answer as a person reads it in a terminal: the sentence, its figures, its source. Pure. */
export function renderTerminalAnswer(answer: Answer): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(answer.notice, '');
  if (answer.embargo) lines.push(answer.embargo.label, '');
  if (!answer.answered || !answer.sentence) {
    lines.push(answer.message ?? '');
    if (answer.verified) lines.push('', verifiedLine(answer.verified));
    return lines.join('\n');
  }
  if (answer.context) lines.push(`${wording.labels.context} : ${answer.context}`, '');
  lines.push(`« ${answer.sentence} »`);
  if (answer.figures.length > 0) lines.push('', `${wording.labels.figures} : ${answer.figures.map((f) => f.text).join(' · ')}`);
  if (answer.release) lines.push('', `${wording.labels.source} : ${answer.release.title} (${answer.release.publisher}, ${answer.release.dateLabel})`);
  for (const source of answer.sources) lines.push(`  ${source.title} : ${source.url}`);
  if (answer.otherRelease) lines.push(wording.labels.otherRelease(answer.otherRelease.title));
  lines.push(`${wording.labels.confidence} : ${Math.round(answer.confidence * 100)} %`);
  if (answer.verified) lines.push(verifiedLine(answer.verified));
  if (answer.alternatives.length > 0) {
    lines.push('', `${wording.labels.alternatives} :`);
    for (const alternative of answer.alternatives) lines.push(`  - ${alternative.sentence}`);
  }
  return lines.join('\n');
}

/** Who reviewed the question the answer was taught from, and on which day. */
function verifiedLine(verified: Verified): string {
  return `${wording.labels.verified} (${verified.taughtBy}, ${verified.taughtAt.slice(0, 10)})`;
}
