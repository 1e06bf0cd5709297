/** The ids of the review surfaces' buttons and modal, shared by the renderer and the listeners. */
export const REVIEW_ACTIONS = {
  confirm: 'review_confirm',
  choose: 'review_choose_passage',
  refuse: 'review_not_in_release',
  ignore: 'review_ignore',
  page: 'review_page',
  taughtPage: 'taught_page',
  removeTaught: 'taught_remove',
  flag: 'review_flag',
  openHome: 'digest_open_home',
} as const;

export type ReviewActionId = (typeof REVIEW_ACTIONS)[keyof typeof REVIEW_ACTIONS];

export const REVIEW_VIEW = {
  callbackId: 'review_choose_passage_modal',
  passageBlock: 'passage',
  passageAction: 'passage_choice',
  replyBlock: 'reply',
  replyAction: 'reply_in_thread',
} as const;

/**
 * What a review button or the passage modal is about: an asked question, by its id, or a taught
 * question that lost its passage, by `taught:` and its id (question ids never start so).
 */
export type ReviewTarget = { kind: 'question'; id: string } | { kind: 'taught'; id: string };

const TAUGHT_PREFIX = 'taught:';

export function taughtTarget(taughtId: string): string {
  return `${TAUGHT_PREFIX}${taughtId}`;
}

export function readReviewTarget(value: string): ReviewTarget {
  return value.startsWith(TAUGHT_PREFIX) ? { kind: 'taught', id: value.slice(TAUGHT_PREFIX.length) } : { kind: 'question', id: value };
}
