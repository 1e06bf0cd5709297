import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import type { LanguageCode } from '../language/languages.ts';
import { KnowledgeError } from './errors.ts';
import { splitIntoPassages, type Passage } from './passages.ts';
import type { Release } from './release.ts';
import { glossarySchema, releaseFrontMatterSchema, type GlossaryFile } from './schema.ts';
import { refuseTodoMarkers } from './todo.ts';

export interface Knowledge {
  releases: Release[];
  /** The language every release is written in. */
  language: LanguageCode;
  glossary: GlossaryFile;
  /** Every release split into sentence passages, in release order. */
  passages: Passage[];
}

export const GLOSSARY_FILE = 'glossary.yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Loads every `*.md` release and the glossary of a knowledge folder, and splits the releases
 * into passages. Throws a KnowledgeError naming the file, the field and the problem at the
 * first fault.
 */
export function loadKnowledge(dir: string): Knowledge {
  const files = listReleaseFiles(dir);
  if (files.length === 0) throw new KnowledgeError(dir, 'releases', 'no release file (*.md) in this folder');
  const releases = files.map((file) => parseRelease(readText(file), file));
  const ids = new Set<string>();
  for (const release of releases) {
    if (ids.has(release.id)) throw new KnowledgeError(release.file, 'id', `"${release.id}" is used by another release`);
    ids.add(release.id);
  }
  const language = (releases[0] as Release).language;
  const other = releases.find((release) => release.language !== language);
  if (other) throw new KnowledgeError(other.file, 'language', `must be "${language}", the language of the other releases: one glossary serves them all`);
  const glossary = loadGlossary(join(dir, GLOSSARY_FILE));
  return { releases, language, glossary, passages: releases.flatMap((release) => splitIntoPassages(release)) };
}

function listReleaseFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch (error) {
    throw new KnowledgeError(dir, 'folder', `cannot be read (${(error as Error).message})`);
  }
  return names
    .filter((name) => name.endsWith('.md') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(dir, name));
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError(file, 'file', `cannot be read (${(error as Error).message})`);
  }
}

/** Parses one release file's text; `file` only names it in errors. */
export function parseRelease(text: string, file: string): Release {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new KnowledgeError(file, 'front matter', 'missing: the file must start with a YAML block between two "---" lines');
  // The front matter starts on the file's second line, after "---".
  const parsed = parseYamlOrThrow(match[1] ?? '', file, 1);
  const body = (match[2] ?? '').trim();
  refuseTodoMarkers(parsed, body, file);
  const frontMatter = validate(releaseFrontMatterSchema, parsed, file);
  if (!/[\p{L}\p{N}]/u.test(body.replace(/^#+.*$/gm, ''))) throw new KnowledgeError(file, 'body', 'is empty: the release text must follow the front matter');
  return { ...frontMatter, file, body };
}

/** Loads the glossary; a missing file means an empty glossary, a broken one stops loading. */
export function loadGlossary(file: string): GlossaryFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return glossarySchema.parse({});
  }
  return parseGlossary(text, file);
}

function parseGlossary(text: string, file: string): GlossaryFile {
  return validate(glossarySchema, parseYamlOrThrow(text, file) ?? {}, file);
}

/** Parses YAML; a syntax error names its line in the file, `lineOffset` lines below the text's start. */
function parseYamlOrThrow(text: string, file: string, lineOffset = 0): unknown {
  try {
    // The core schema: `date: 2024-09-14` stays the text it is, not a Date.
    return parseYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const where = error instanceof YAMLException ? ` at line ${error.mark.line + 1 + lineOffset}, column ${error.mark.column + 1}` : '';
    const reason = error instanceof YAMLException ? error.reason : (error as Error).message.split('\n')[0];
    throw new KnowledgeError(file, 'YAML', `cannot be parsed (${reason}${where})`);
  }
}

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw new KnowledgeError(file, [...issue.path, issue.keys.join(', ')].join('.'), 'is not a field of this file');
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  const problem = issue?.code === 'invalid_type' && issue.message.includes('undefined') ? 'is missing' : (issue?.message ?? 'is invalid');
  throw new KnowledgeError(file, field, problem);
}
