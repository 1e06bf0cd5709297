/**
 * What the import knows of French press releases, kept apart from the code that reads them:
 * month and day names, the words of their usual headings, the lines that label the document,
 * the link kinds and the drug-name endings. Compared without accents and in lower case.
 */

export const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** Sunday first, as `Date.getUTCDay` counts. */
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/** Openings of a heading that names the publisher: "À propos de Gustave Roussy". */
export const ABOUT_HEADINGS = ['à propos de ', "à propos d'", 'a propos de ', "a propos d'"];

/** Headings of the press contact block. */
export const CONTACT_HEADINGS = ['contact presse', 'contacts presse', 'contact média', 'contacts média', 'contact medias', 'relations presse', 'contact'];

/** Lines that label the document rather than say anything: dropped. */
export const DOCUMENT_LABELS = ['communiqué de presse', 'communiqué', 'information presse', 'invitation presse', 'dossier de presse'];

/** Words that open a line standing for a link ("Voir la vidéo en ligne."). */
export const LINK_ANCHOR_OPENINGS = ['voir', 'regarder', 'revoir', 'écouter', 'télécharger', 'lire', 'consulter', 'retrouver', 'découvrir', 'accéder'];

/** Kinds of link, told by their address, and the words of the line that stands for them. */
export const LINK_KINDS: { hosts: string[]; paths?: RegExp; words: string[] }[] = [
  { hosts: ['youtu.be', 'youtube.com', 'vimeo.com', 'dailymotion.com'], words: ['vidéo', 'replay', 'film'] },
  { hosts: ['soundcloud.com', 'ausha.co', 'spotify.com', 'deezer.com'], words: ['podcast', 'écouter', 'audio'] },
  { hosts: [], paths: /\.pdf$/i, words: ['télécharger', 'dossier', 'document', 'pdf'] },
];

/** Social networks, by host, with the name a release gives them. */
export const SOCIAL_NETWORKS: { hosts: string[]; name: string }[] = [
  { hosts: ['twitter.com', 'x.com'], name: 'X' },
  { hosts: ['facebook.com', 'fb.com'], name: 'Facebook' },
  { hosts: ['linkedin.com'], name: 'LinkedIn' },
  { hosts: ['instagram.com'], name: 'Instagram' },
  { hosts: ['bsky.app'], name: 'Bluesky' },
  { hosts: ['threads.net'], name: 'Threads' },
  { hosts: ['tiktok.com'], name: 'TikTok' },
];

/** Words that bring in a congress a few words before its acronym: "présentée à l'ESMO", "lors du congrès de l'ASCO". */
export const EVENT_CUES = ['présenté', 'présentée', 'présentés', 'présentées', 'dévoilé', 'dévoilés', 'dévoilée', 'dévoilées', 'congrès', 'symposium', 'conférence', 'lors du', 'lors de', 'au cours du'];

/** Congresses a release names by their acronym alone, when no cue brings them in. */
export const KNOWN_CONGRESSES = [
  'ASCO', 'ESMO', 'ASH', 'AACR', 'SABCS', 'WCLC', 'EHA', 'ESC', 'AHA', 'ACC', 'EASL', 'AASLD', 'ERS', 'ATS', 'DDW', 'UEGW', 'EAU', 'ASTRO',
  'ESTRO', 'SIOP', 'ISTH', 'EULAR', 'ACR', 'ECTRIMS', 'AAN', 'EAN', 'CROI', 'ESGO', 'SGO', 'ESCMID', 'ADA', 'EASD', 'ECO', 'ERA', 'SFH', 'JFHOD',
];

/**
 * Words that name a trial a few words before its acronym ("l'essai multicentrique de phase 3
 * MARIPOSA"), folded, each with its article for a question: "dans l’essai MARIPOSA".
 */
export const TRIAL_WORDS_WITH_ARTICLE: Record<string, string> = { essai: 'l’essai', etude: 'l’étude', cohorte: 'la cohorte', programme: 'le programme', projet: 'le projet' };

/**
 * Endings of international non-proprietary drug names (WHO stems): "amivantamab", "osimertinib",
 * "lazertinib". A word with one of them, in lower case, is taken for a drug.
 */
export const DRUG_NAME_ENDINGS = ['mab', 'tinib', 'rafenib', 'ciclib', 'parib', 'lisib', 'zomib', 'técan', 'tecan', 'taxel', 'rubicine', 'leucel', 'prazole', 'glutide'];

/** People a count may be of: "plus de 1 000 patients". */
export const COUNTED_PEOPLE = ['patients', 'patientes', 'participants', 'participantes', 'personnes', 'malades', 'femmes', 'hommes', 'enfants', 'volontaires'];

/** A word shorter than this is no keyword. */
export const MIN_KEYWORD_LENGTH = 5;

/** Words of a dateline that opens a release: "Lyon, le 3 juin 2025". */
export const DATELINE = /^[\p{Lu}][\p{L}'’ -]+,\s+le\s+(?:\p{L}+\s+)?(?:1er|\d{1,2})\s+\p{L}+\s+\d{4}\.?$/u;

/** Most frequent French words: text with many of them is French. */
export const FRENCH_MARKERS = ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'est', 'une', 'un', 'dans', 'pour', 'avec', 'sur', 'par', 'qui', 'que'];
export const ENGLISH_MARKERS = ['the', 'and', 'of', 'is', 'in', 'with', 'for', 'on', 'by', 'that', 'to', 'a', 'an', 'are'];

/** Words that say a release may not be published yet. */
export const EMBARGO_WORDS = ['embargo'];
/** Openings of a line that gives the embargo: dropped from the text, whose embargo goes in the front matter. */
export const EMBARGO_LINE_OPENINGS = ['sous embargo', 'embargo'];
