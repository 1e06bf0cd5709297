import type { Block } from './blocks.ts';
import type { DraftedContact } from './contact.ts';
import { EMAIL } from './contact.ts';
import { LINK_ANCHOR_OPENINGS, LINK_KINDS, SOCIAL_NETWORKS } from './language.fr.ts';
import type { FoundUrl } from './lines.ts';
import { endsWithPunctuation, fold, startsWithAny } from './words.ts';

export interface DraftedSource {
  title: string;
  url: string;
}

/** A line this short may stand for a link ("Voir la vidéo en ligne."). */
const ANCHOR_MAX_LENGTH = 80;
const NAME_MAX_WORDS = 6;
const CONTEXT_WORDS = 8;

/**
 * Every link of the text, once each (an address written in the text and the same one listed
 * by the extraction are one), in the order met, then the e-mail addresses. Each gets a title
 * from the words around it: the line that stands for it ("Voir la vidéo en ligne." for a video
 * address), the network's name as the text writes it, the name the address spells ("Gustave
 * Roussy" for gustaveroussy.fr), the words before it where the release wrote it, else its host.
 */
export function draftSources(urls: readonly FoundUrl[], blocks: readonly Block[], contact: DraftedContact): DraftedSource[] {
  const text = blocks.map((b) => b.text).join('\n');
  const byKey = new Map<string, { found: FoundUrl; url: string }>();
  for (const found of urls) {
    const key = urlKey(found.url);
    const seen = byKey.get(key);
    const url = /^https?:\/\//i.test(found.url) ? found.url : `https://${found.url}`;
    if (!seen) byKey.set(key, { found, url });
    else if (!/^https?:\/\//i.test(seen.found.url) || seen.found.inText) byKey.set(key, { found: seen.found, url });
  }
  const sources = [...byKey.values()].map(({ found, url }) => ({ title: titleFor(found, url, blocks, text), url }));
  for (const email of new Set([...text.matchAll(EMAIL)].map((m) => m[0]))) {
    sources.push({ title: emailTitle(email, contact), url: `mailto:${email}` });
  }
  return sources;
}

function urlKey(url: string): string {
  return fold(url).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function titleFor(found: FoundUrl, url: string, blocks: readonly Block[], text: string): string {
  const host = hostOf(url);
  const onHost = (hosts: readonly string[]): boolean => hosts.some((h) => host === h || host.endsWith(`.${h}`));
  const network = SOCIAL_NETWORKS.find((n) => onHost(n.hosts));
  if (network) return writtenAs(network.name, text) ?? network.name;
  const kind = LINK_KINDS.find((k) => onHost(k.hosts) || (k.paths?.test(pathOf(url)) ?? false));
  const anchor = kind ? anchorLine(blocks, kind.words) : undefined;
  if (anchor) return anchor;
  const name = nameSpelledBy(host, text);
  if (name) return name;
  if (!found.dropped) {
    const context = wordsBefore(found.context, found.url);
    if (context) return context;
  }
  return host;
}

/** A short paragraph that opens like a link's line and says the kind's word. */
function anchorLine(blocks: readonly Block[], words: readonly string[]): string | undefined {
  const line = blocks.find((b) => {
    const folded = fold(b.text);
    return b.kind === 'paragraph' && b.text.length <= ANCHOR_MAX_LENGTH && startsWithAny(folded, LINK_ANCHOR_OPENINGS) !== undefined && words.some((w) => folded.includes(fold(w)));
  });
  return line?.text.replace(/[.:]\s*$/, '');
}

/** The name as the text writes it ("LinkedIn"), matched as a whole word whatever its case. */
function writtenAs(name: string, text: string): string | undefined {
  return new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])`, 'iu').exec(text)?.[0];
}

/** Capitalised words of the text whose letters are the host's first label: "Gustave Roussy" for gustaveroussy.fr. */
export function nameSpelledBy(host: string, text: string): string | undefined {
  const label = fold(host.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  if (label.length < 3) return undefined;
  const words = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] ?? '')) continue;
    let letters = '';
    for (let k = i; k < Math.min(words.length, i + NAME_MAX_WORDS); k++) {
      letters += fold(words[k] ?? '');
      if (letters === label) return words.slice(i, k + 1).join(' ');
      if (!label.startsWith(letters)) break;
    }
  }
  return undefined;
}

/** The last words before the address in the line where the release wrote it, when they say something. */
function wordsBefore(line: string, url: string): string | undefined {
  const at = line.indexOf(url);
  if (at <= 0) return undefined;
  const words = line.slice(0, at).replace(/[\s:,(–-]+$/u, '').split(/\s+/).slice(-CONTEXT_WORDS).join(' ');
  return words.split(/\s+/).length >= 2 && !endsWithPunctuation(words) ? words : undefined;
}

function emailTitle(email: string, contact: DraftedContact): string {
  if (email !== contact.email) return email;
  const name = contact.name ?? email;
  return contact.heading ? `${contact.heading} : ${name}` : name;
}
