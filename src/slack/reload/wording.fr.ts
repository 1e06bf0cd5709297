/** What the bot says about reloading the releases: to the member who asked, and to the communications channel. */
import type { ReleaseSummary } from '../../answer/types.ts';

const titles = (releases: readonly ReleaseSummary[]): string => releases.map((release) => `« ${release.title} »`).join(', ');
const inService = (releases: readonly ReleaseSummary[]): string =>
  `${releases.length} communiqué${releases.length > 1 ? 's' : ''} en service : ${titles(releases)}.`;

export const reloadWording = {
  /** `/communique recharger`: the word, compared without case. */
  command: 'recharger',
  notAllowed: 'Seul le service de presse peut recharger les communiqués.',
  reloaded: (releases: readonly ReleaseSummary[], orphans: number): string =>
    `Communiqués rechargés. ${inService(releases)}${orphans > 0 ? ` ${orphans} question${orphans > 1 ? 's apprises ont' : ' apprise a'} perdu leur passage : elles sont dans « À revoir ».` : ''}`,
  unchanged: (releases: readonly ReleaseSummary[]): string => `Rien n’a changé dans les fichiers. ${inService(releases)}`,
  failed: (problem: string, releases: readonly ReleaseSummary[]): string =>
    `Rechargement refusé : ${problem}. Rien n’a été remplacé. ${inService(releases)}`,
  /** The one message to the communications channel when a file in the folder cannot be loaded. */
  failedChannel: (problem: string): string =>
    `Un fichier des communiqués ne peut pas être chargé : ${problem}. Le bot continue de répondre avec la version précédente ; corrigez le fichier, il sera rechargé dès son enregistrement.`,
  /** A KnowledgeError as one line: the file, the field, the problem. */
  problem: (file: string, field: string, problem: string): string => `${file}, champ « ${field} » : ${problem}`,
} as const;
