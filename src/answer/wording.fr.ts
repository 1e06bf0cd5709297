/**
 * Every French sentence the bot says, in one place, so the communications team
 * can review the wording without reading code. "vous", short plain sentences.
 */
import type { PressContact, ReleaseSummary } from './types.ts';

function contactLine(contact: PressContact | null): string {
  if (!contact) return 'Pour toute autre question, adressez-vous au service de presse.';
  const phone = contact.phones[0] ? `, ${contact.phones[0]}` : '';
  return `Pour toute autre question, contactez ${contact.name} (${contact.organisation}) : ${contact.email}${phone}.`;
}

function releaseTitles(releases: readonly ReleaseSummary[]): string {
  return releases.map((r) => `« ${r.title} » (${r.dateLabel})`).join(' ; ');
}

const frenchMonth = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

export const wording = {
  notInRelease: (contact: PressContact | null): string =>
    `Le communiqué ne répond pas à cette question. Je préfère ne rien inventer. ${contactLine(contact)}`,

  empty: (examples: readonly string[]): string =>
    examples.length > 0
      ? `Posez-moi une question sur le communiqué, par exemple : « ${examples[0]} »`
      : 'Posez-moi une question sur le communiqué.',

  tooLong: (limit: number): string =>
    `Votre message est très long. Je n’ai lu que ses ${limit} premiers caractères.`,

  smallTalk: (releases: readonly ReleaseSummary[], examples: readonly string[]): string =>
    [
      'Bonjour ! Je réponds aux questions sur le communiqué de presse, avec la phrase exacte du texte et sa source.',
      releases.length > 0 ? `Je connais : ${releaseTitles(releases)}.` : '',
      examples.length > 0 ? `Par exemple : ${examples.map((e) => `« ${e} »`).join(' ou ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),

  thanks: (examples: readonly string[]): string =>
    [
      'Avec plaisir. Je réponds aux questions sur le communiqué, avec la phrase exacte du texte et sa source.',
      examples.length > 0 ? `Par exemple : ${examples.map((e) => `« ${e} »`).join(' ou ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),

  medicalAdvice: (releases: readonly ReleaseSummary[], contact: PressContact | null): string =>
    [
      'Je ne peux pas donner de conseil médical personnel. Seul un médecin qui connaît le dossier peut répondre : parlez-en à l’équipe qui vous suit ou à votre médecin traitant.',
      releases.length > 0 ? `Je peux seulement citer le communiqué : ${releaseTitles(releases)}.` : '',
      contactLine(contact),
    ]
      .filter(Boolean)
      .join('\n'),

  /** The line under an answer quoting a release before its embargo. */
  embargo: {
    until: ({ year, month, day, hour, minute }: { year: number; month: number; day: number; hour: number; minute: number }): string =>
      `Sous embargo jusqu'au ${day === 1 ? '1er' : day} ${frenchMonth.format(new Date(Date.UTC(year, month - 1, 1)))} ${year} à ${hour} h${minute === 0 ? '' : ` ${String(minute).padStart(2, '0')}`}`,
  },

  /** Labels shared by the renderers. */
  labels: {
    source: 'Source',
    context: 'Contexte',
    figures: 'Chiffres',
    alternatives: 'Autres passages',
    noAlternatives: 'Pas d’autre passage pertinent dans le communiqué.',
    confidence: 'Confiance',
    links: 'Liens',
    pressContact: 'Contact presse',
    verified: 'Réponse vérifiée',
    otherRelease: (title: string): string => `Un autre communiqué répond aussi : « ${title} »`,
  },

  /** The local console. */
  console: {
    welcome: (releases: readonly ReleaseSummary[]): string =>
      `Console du bot communiqué. Je connais : ${releaseTitles(releases)}.\nTapez une question, « aide » pour de l’aide, Ctrl-D pour quitter.`,
    prompt: 'Question > ',
    bye: 'Au revoir.',
  },

  /** The command-line tools. */
  cli: {
    askUsage:
      'Usage : npm run ask -- "votre question"   |   npm run --silent ask -- --json < questions.txt   [--untaught] [--audience internal|external|guest] [--exposed] [--now 2026-12-10T08:00:00+01:00]',
    evalUsage:
      'Usage : npm run eval -- FICHIER.jsonl [--min POURCENTAGE] [--knowledge DOSSIER] [--untaught] [--failures] [--audience internal|external|guest] [--exposed] [--now DATE]',
    badAudience: (value: string): string => `--audience doit être internal, external ou guest (reçu : ${value})`,
    badNow: (value: string): string => `--now doit être une date et une heure ISO 8601 avec son décalage, par exemple 2026-12-10T08:00:00+01:00 (reçu : ${value})`,
    badMin: (value: string): string => `--min doit être un pourcentage entre 0 et 100 (reçu : ${value})`,
    invalidKnowledge: (detail: string): string => `Fichier de connaissances invalide : ${detail}`,
    evalHeader: ['id', 'question', 'attendu', 'obtenu', 'conf.', 'ok'],
    noAnswerExpected: '(pas de réponse)',
    right: 'ok',
    wrong: 'FAUX',
    byKind: 'Par type :',
    total: 'Total',
    teach: {
      usage:
        'Usage : npm run teach -- import FICHIER.jsonl | export FICHIER.jsonl | list | remove ID   [--knowledge DOSSIER] [--by NOM]',
      imported: (passages: number, refusals: number, skipped: number): string =>
        `Appris : ${passages + refusals} (${passages} avec un passage, ${refusals} refus). Lignes ignorées : ${skipped}.`,
      skipped: {
        invalid: (detail: string): string => `ligne invalide (${detail})`,
        no_passage: (): string => 'aucun passage ne contient ce qui est attendu',
        ambiguous: (): string => 'plusieurs passages contiennent ce qui est attendu, sans dire lequel',
        already_taught: (): string => 'déjà apprise',
        contradicts: (detail: string): string => `contredit la question apprise ${detail} (retirez-la d’abord)`,
      },
      alreadyTaught: (count: number): string => `  dont ${count} déjà apprises (même question, même réponse).`,
      unreadable: (file: string, reason: string): string => `${file} : lecture impossible (${reason})`,
      skippedLine: (line: number, reason: string, question: string): string => `  ligne ${line} : ${reason}${question ? ` : « ${question} »` : ''}`,
      exported: (count: number, file: string): string => `${count} questions apprises écrites dans ${file}.`,
      empty: 'Aucune question apprise.',
      refusal: '(le communiqué ne répond pas)',
      orphan: '(passage disparu du communiqué : à revoir)',
      removed: (id: string): string => `Question apprise ${id} retirée.`,
      notFound: (id: string): string => `Aucune question apprise n’a l’identifiant ${id}.`,
    },
  },

  /** Slack surfaces. */
  slack: {
    publishButton: 'Publier dans le canal',
    alternativesButton: 'Autres passages',
    helpful: '👍 Utile',
    notHelpful: '👎 Pas utile',
    feedbackThanks: 'Merci pour votre retour, il a été enregistré.',
    published: 'Réponse publiée dans le canal.',
    alreadyPublished: 'Déjà publiée : cette réponse a été publiée dans le canal.',
    /** Said privately: publishing where outsiders read would break the embargo. */
    embargoedNotPublished: (label: string): string =>
      `Non publiée : le communiqué cité est ${label.charAt(0).toLowerCase()}${label.slice(1)}, et des personnes extérieures à l’organisation peuvent lire ce canal.`,
    feedbackNotSaved: 'Merci pour votre retour. Il n’a pas pu être enregistré pour l’instant ; réessayez dans un moment.',
    slashHelp: (command: string): string =>
      `Tapez \`${command} votre question\`. La réponse n’est visible que par vous ; le bouton « Publier dans le canal » la montre à tous.`,
    error: 'Désolé, une erreur s’est produite. Réessayez dans un instant.',
    rateLimited: 'Vous posez beaucoup de questions en peu de temps. Merci de patienter une minute.',
    homeTitle: 'Questions sur les communiqués',
    homeHowTo:
      'Mentionnez-moi dans un canal, écrivez-moi en message direct, ou tapez `/communique votre question`. Je réponds avec la phrase exacte du communiqué et sa source.',
    homeKnown: 'Communiqués connus',
    homeExamples: 'Exemples de questions',
    askedBy: (user: string): string => `Question de ${user}`,
    askedByQuestion: (user: string, question: string): string => `Question de ${user} : « ${question} »`,
    yourQuestion: (question: string): string => `Votre question : « ${question} »`,
    sourceLine: (title: string, publisher: string, date: string): string => `Source : ${title} (${publisher}, ${date})`,
    contextLine: (sentence: string): string => `Contexte : ${sentence}`,
    linksLine: (links: string): string => `Liens : ${links}`,
    confidenceLine: (percent: number): string => `Confiance : ${percent} %`,
    homeMore: (count: number): string => `… et ${count} autres communiqués.`,
    homeReleaseLine: (dateLabel: string, publisher: string): string => `${dateLabel}, ${publisher}`,
    homeOnline: 'En ligne',
    homePins: 'Canaux épinglés',
    homePinLine: (channel: string, title: string): string => `${channel} → « ${title} »`,
    homePinGone: (channel: string): string => `${channel} → communiqué qui n’est plus chargé : épingle ignorée`,
    otherReleaseLine: (quoted: string, other: string): string => `Réponse tirée du communiqué « ${quoted} ». Le communiqué « ${other} » répond aussi.`,
    otherReleaseButton: 'Voir la réponse de l’autre communiqué',
    otherReleaseLead: (title: string): string => `Réponse du communiqué « ${title} » :`,
  },
  /** Pinning a channel to a release, with `/communique épingler` and `/communique désépingler`. */
  pins: {
    picker: 'Épingler ce canal à un communiqué : les questions posées ici qui n’en nomment pas un autre y trouveront leur réponse.',
    placeholder: 'Choisir un communiqué',
    current: (title: string): string => `Épinglé aujourd’hui : « ${title} ».`,
    pinned: (title: string): string => `📌 Ce canal est épinglé au communiqué « ${title} ».`,
    unpinned: 'Ce canal n’est plus épinglé : les questions y sont de nouveau posées à tous les communiqués.',
    notPinned: 'Ce canal n’était épinglé à aucun communiqué.',
    notAllowed: 'Seul le service de presse peut épingler un communiqué à un canal.',
    gone: 'Ce communiqué n’est plus chargé : choisissez-en un autre.',
    notSaved: 'L’épingle n’a pas pu être enregistrée pour l’instant ; réessayez dans un moment.',
  },
  /** The communications team's review, in Slack. */
  review: {
    queueTitle: (count: number): string => `À revoir (${count})`,
    queueEmpty: 'Rien à revoir pour le moment.',
    taughtTitle: (count: number): string => `Questions apprises (${count})`,
    taughtEmpty: 'Aucune question apprise pour le moment.',
    askedIn: (where: string, outside: boolean, count: number): string =>
      `${where}${outside ? ' · hors de l’organisation' : ''} · posée ${count} fois`,
    where: { mention: 'Canal', dm: 'Message direct', command: 'Commande /communique' } as Record<string, string>,
    notHelpfulCount: (count: number): string => `👎 ${count}`,
    causes: { refused: 'refusée', unsure: 'réponse peu sûre', not_helpful: 'jugée pas utile', flagged: 'signalée', orphaned: 'le passage appris n’existe plus' } as Record<string, string>,
    orphanFacts: (date: string): string => `Question apprise le ${date}`,
    orphanSaid: 'Le communiqué a changé : le bot n’utilise plus cette réponse apprise. Choisissez le nouveau passage, ou retirez-la.',
    botSaid: (percent: number): string => `Le bot a répondu (confiance ${percent} %) :`,
    botRefused: 'Le bot a répondu que le communiqué ne dit pas.',
    goodAnswer: 'Bonne réponse',
    choosePassage: 'Choisir le passage',
    notInRelease: 'Le communiqué ne répond pas',
    ignore: 'Ignorer',
    remove: 'Retirer',
    flag: 'À revoir',
    flagged: 'Question signalée : elle est dans la file « À revoir ».',
    previous: '← Précédents',
    next: 'Suivants →',
    pageOf: (page: number, pages: number): string => `Page ${page} sur ${pages}`,
    taughtAnswer: 'Réponse apprise :',
    taughtRefusal: 'Réponse apprise : le communiqué ne répond pas.',
    taughtBy: (user: string, date: string): string => `Apprise par <@${user}> le ${date}`,
    orphaned: 'Le passage appris n’existe plus dans le communiqué : à revoir.',
    unavailable: 'La file de revue est indisponible pour le moment (base de données injoignable). Réessayez dans quelques minutes.',
    modalTitle: 'Choisir le passage',
    modalSubmit: 'Enregistrer',
    modalCancel: 'Annuler',
    modalQuestion: 'Question',
    modalPassage: 'Passage qui répond',
    modalCandidates: 'Meilleurs candidats',
    modalReply: 'Répondre dans le fil',
    modalReplyHint: 'La réponse corrigée est envoyée là où la question a été posée.',
    modalNoPassage: 'Choisissez un passage.',
    modalSearch: 'Tapez quelques mots du passage',
    modalLoading: 'Recherche des passages…',
    verifiedLine: 'Réponse vérifiée par le service de presse',
    correctedRefusal: 'Le service de presse précise : le communiqué ne répond pas à cette question.',
    taughtDone: 'C’est noté : la réponse est apprise.',
    ignoredDone: 'Question retirée de la file.',
    removedDone: 'Question apprise retirée.',
    notAllowed: 'Seul le service de presse peut revoir les réponses.',
    alreadyDone: 'Cette question a déjà été traitée.',
    digestTitle: (day: string): string => `Questions du ${day}`,
    digestCounts: (questions: number, answered: number, refused: number, notHelpful: number): string =>
      `${questions} question${questions > 1 ? 's' : ''} · ${answered} réponse${answered > 1 ? 's' : ''} · ${refused} refus · ${notHelpful} 👎`,
    digestToReview: 'Les plus posées, à revoir :',
    digestOpenHome: 'Ouvrir la file « À revoir »',
  },

  /** `npm run import`: what it writes into a release file or on the terminal. */
  import: {
    missing: {
      title: 'titre introuvable dans le texte',
      publisher: 'éditeur introuvable (ni « À propos de … » ni organisation du contact presse)',
      eventName: 'nom du congrès ou de l’événement introuvable',
      eventDate: 'date de l’événement introuvable (jour, mois, année)',
      eventLabel: 'date de l’événement introuvable',
      language: 'le texte ne semble pas être en français : le bot ne répond qu’en français',
      sources: 'aucun lien trouvé dans le texte',
      sourceUrl: 'adresse du lien (https://… ou mailto:…)',
      organisation: 'organisation du contact presse introuvable',
      contactName: 'nom du contact presse introuvable',
      contactEmail: 'adresse e-mail du contact presse introuvable',
      embargo: 'le texte parle d’embargo : date et heure de levée, avec le fuseau (ex. 2025-06-02T14:15:00+02:00)',
    },
    notes: {
      noTime: 'aucune heure trouvée pour l’événement : seule la date est renseignée',
      weekdayMismatch: (label: string) => `le jour de la semaine que donne le texte n’est pas celui de la date retenue (${label}) : vérifier la date`,
      noPhone: 'aucun numéro de téléphone trouvé pour le contact presse',
      noExamples: 'aucune question d’exemple n’a pu être construite à partir du texte',
      droppedUrl: (url: string) => `lien retiré du milieu d’une phrase et mis dans les sources : ${url}`,
      glossaryCopied: (from: string, to: string) => `glossaire copié de ${from} vers ${to}`,
      noGlossary: (dir: string) => `pas de glossaire dans ${dir} : le bot y cherchera sans synonymes ni traductions`,
    },
    cli: {
      usage: 'Usage : npm run import -- FICHIER.pdf|FICHIER.txt [--id ID] [--out DOSSIER] [--force]',
      unsupported: (file: string) => `${file} : seuls les fichiers .pdf et .txt sont importés`,
      unreadable: (file: string, reason: string) => `${file} : lecture impossible (${reason})`,
      noText: (file: string) => `${file} : aucun texte (un PDF scanné ? il faut d’abord le passer à l’OCR)`,
      badPdf: (file: string, reason: string) => `${file} : PDF illisible (${reason})`,
      exists: (file: string) => `${file} existe déjà : relancer avec --force pour le remplacer`,
      badId: (id: string) => `--id ${id} : lettres minuscules, chiffres et tirets seulement`,
      written: (file: string) => `Écrit : ${file}`,
      todoHeader: (count: number) => `À compléter avant que le communiqué se charge (${count}) :`,
      todoLine: (field: string, reason: string) => `  - ${field} : ${reason}`,
      invalidHeader: 'À corriger (refusé par le schéma) :',
      notesHeader: 'À vérifier :',
      noteLine: (note: string) => `  - ${note}`,
      ready: 'Rien à compléter : le communiqué se charge tel quel (relisez-le tout de même).',
    },
  },
} as const;
