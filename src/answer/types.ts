/** The answer engine's public shapes: what every renderer and surface consumes. */

import type { Figure } from '../knowledge/figures.ts';

export type { Figure, FigureKind } from '../knowledge/figures.ts';

export interface Source {
  title: string;
  url: string;
}

export interface PressContact {
  organisation: string;
  name: string;
  email: string;
  phones: string[];
}

/** What a reader needs to cite a release. */
export interface ReleaseRef {
  id: string;
  title: string;
  /** ISO date of the event, e.g. `2024-09-14`. */
  date: string;
  /** The event date as the release says it, in French. */
  dateLabel: string;
  publisher: string;
}

/** Who asks: of the organisation that runs the bot, of another organisation (Slack Connect), or a guest. */
export type Audience = 'internal' | 'external' | 'guest';

/** Where and when a question is asked, as the Slack edge (or the terminal) knows it. */
export interface AskContext {
  audience: Audience;
  /** Asked where another organisation or a guest can read it: a channel shared with another organisation, or with guests. */
  exposed: boolean;
  /** The instant of the question: embargoes are read against it. */
  now: Date;
  /** The release the channel is pinned to, or null. */
  pinnedReleaseId: string | null;
}

export type AnswerReason = 'answer' | 'not_in_release' | 'small_talk' | 'medical_advice' | 'empty';

export interface Alternative {
  passageId: string;
  sentence: string;
  confidence: number;
}

/** The release an answer quotes is not public yet: shown only inside the organisation, until `until`. */
export interface Embargo {
  /** The release's `embargo`, ISO 8601 with its offset, as written in its front matter. */
  until: string;
  /** "Sous embargo jusqu'au 10 décembre 2026 à 9 h 30", in the release's own offset. */
  label: string;
}

/** Who reviewed the question the answer was taught from, and when. */
export interface Verified {
  taughtId: string;
  taughtBy: string;
  /** ISO 8601 instant. */
  taughtAt: string;
}

export interface Answer {
  /** The question as the engine read it (cleaned of Slack markup and control characters). */
  question: string;
  answered: boolean;
  reason: AnswerReason;
  /** 0..1, higher is surer. 0 when nothing was searched. */
  confidence: number;
  /** The one sentence of the release that answers, verbatim. */
  sentence: string | null;
  passageId: string | null;
  /** The sentence before, when `sentence` leans on it ("Ainsi, …", "Cependant, …"). */
  context: string | null;
  figures: Figure[];
  release: ReleaseRef | null;
  sources: Source[];
  /** Up to three other passages worth reading. */
  alternatives: Alternative[];
  /** The French text to say when there is no passage (refusal, help, medical notice); null when answered. */
  message: string | null;
  /** A remark to show along the answer (the question was cut because it was too long), else null. */
  notice: string | null;
  /** Whom to contact: always set when at least one release is loaded. */
  pressContact: PressContact | null;
  /** Set when the answer is the outcome of a question the communications team reviewed, else null. */
  verified: Verified | null;
  /** Set when the quoted release is under embargo at the question's instant (it was shown because the asker may see it), else null. */
  embargo: Embargo | null;
  /**
   * Another release that answers about as surely, with another sentence: the reply names the
   * release it quotes and offers this one's answer. Null when no other release comes close.
   */
  otherRelease: ReleaseRef | null;
}

/** One loaded release, as listed on the App Home and in help. */
export interface ReleaseSummary extends ReleaseRef {
  sources: Source[];
  pressContact: PressContact;
  /** When the release may be made public (ISO 8601 with its offset), as its front matter says; null without one. */
  embargo: string | null;
}
