import type { Answer, FigureKind } from '../answer/types.ts';

/** The JSON line of `npm run ask -- --json`: a stable, documented subset of Answer. */
export interface AnswerLine {
  question: string;
  answered: boolean;
  reason: Answer['reason'];
  confidence: number;
  sentence: string | null;
  context: string | null;
  figures: { text: string; kind: FigureKind }[];
  release: { id: string; title: string; date: string } | null;
  sources: { title: string; url: string }[];
  alternatives: { sentence: string; confidence: number }[];
  /** The reviewed question the answer was taught from, else null. */
  verified: { taughtId: string; taughtBy: string; taughtAt: string } | null;
  /** The quoted release's embargo when it is still running, else null. */
  embargo: { until: string; label: string } | null;
  /** Another release that answers about as surely; only there when one does, so that a line about one release reads as it always has. */
  otherRelease?: { id: string; title: string; date: string };
}

/** `question` is what the user typed, as given, so a caller can match lines to its input. */
export function toAnswerLine(question: string, answer: Answer): AnswerLine {
  return {
    question,
    answered: answer.answered,
    reason: answer.reason,
    confidence: answer.confidence,
    sentence: answer.sentence,
    context: answer.context,
    figures: answer.figures.map(({ text, kind }) => ({ text, kind })),
    release: answer.release ? { id: answer.release.id, title: answer.release.title, date: answer.release.date } : null,
    sources: answer.sources.map(({ title, url }) => ({ title, url })),
    alternatives: answer.alternatives.map(({ sentence, confidence }) => ({ sentence, confidence })),
    verified: answer.verified ? { taughtId: answer.verified.taughtId, taughtBy: answer.verified.taughtBy, taughtAt: answer.verified.taughtAt } : null,
    embargo: answer.embargo ? { until: answer.embargo.until, label: answer.embargo.label } : null,
    ...(answer.otherRelease ? { otherRelease: { id: answer.otherRelease.id, title: answer.otherRelease.title, date: answer.otherRelease.date } } : {}),
  };
}
