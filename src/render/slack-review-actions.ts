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
