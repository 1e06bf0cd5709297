/**
 * English words of a request for medical advice, which the French data takes in: staff and
 * journalists ask in English too. Same fields as the French table, folded, regular-expression
 * alternatives; `{whom}` in `forSomeone` stands for the French data's `whom`.
 */
export const englishMedicalAdvice = {
  personalWords: ['my', 'i', "i'm", "i've", 'me', 'our', 'mine', 'myself'],
  relatives: [
    'wife', 'husband', 'father', 'mother', 'daughter', 'friend', 'brother', 'sister', 'dad', 'mom', 'mum', 'partner', 'grandmother', 'grandfather', 'uncle',
    'aunt',
  ],
  asking: [
    'should', 'must', 'can', 'could', 'may', 'take', 'switch', 'stop', 'start', 'try', 'join', String.raw`enrol\w*`, String.raw`enroll\w*`,
    String.raw`recommend\w*`, 'advi[cs]e', String.raw`treat\w*`, 'worried', 'serious', 'survive', 'chance',
  ],
  forSomeone: [
    '(?:right|safe|good|suitable) for (?:me|him|her|them|us|my|his|our)', 'what should (?:i|he|she|we)', '(?:do|does) (?:i|he|she|we) have left', 'in my case',
  ],
  symptoms: ['side effects?', 'rash', 'nausea'],
  health: [
    String.raw`drug\w*`, String.raw`treatment\w*`, 'medicine', 'medication', 'doctor', 'disease', 'sick', 'cough', 'pain', String.raw`diagnos\w*`, 'trial', 'therapy',
    'lung', String.raw`pregnan\w*`,
  ],
  politeOpeners: [String.raw`(?:can|could|would|will) you (?:please )?(?:tell|give|show|explain|remind)(?: me| us)?\b`, String.raw`(?:tell|give|show) (?:me|us)\b`],
  askerFrames: ['my editor'],
  roleIntroduction: {
    openings: ['i am', "i'm"],
    articles: ['an? '],
    roles: ['journalist', 'reporter', 'editor', 'nurse', 'doctor', 'physician', 'pharmacist', 'researcher'],
    /** What may bring in someone close after the asker's role ("I'm a nurse and my husband…"). */
    and: 'and',
  },
  workMentions: [
    String.raw`\b(?:for|in) (?:my|our) (?:article|story|piece|report|readers|newsroom|team|newsletter)s?\b`, String.raw`\b(?:i'm|i am) writing\b`,
  ],
};
